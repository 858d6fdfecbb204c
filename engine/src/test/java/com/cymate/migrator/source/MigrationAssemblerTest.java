package com.cymate.migrator.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cymate.migrator.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MigrationAssemblerTest {

  private static MigrationAssembler of(InMemorySource source) {
    return new MigrationAssembler(source);
  }

  @Test
  void pairsAreOrderedNumericallyWithLeadingZerosIgnored() {
    InMemorySource s =
        new InMemorySource()
            .add("a", "10_ten.up.sql", "")
            .add("a", "10_ten.down.sql", "")
            .add("a", "0009_nine.up.sql", "--")
            .add("a", "0009_nine.down.sql", "--");
    assertThat(of(s).load("a")).extracting(m -> m.version().value()).containsExactly(9L, 10L);
  }

  @Test
  void duplicateVersionNamesBothFiles() {
    InMemorySource s =
        new InMemorySource()
            .add("a", "0002_x.up.sql", "")
            .add("a", "0002_x.down.sql", "")
            .add("a", "002_y.up.sql", "")
            .add("a", "002_y.down.sql", "");
    assertThatThrownBy(() -> of(s).load("a"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("duplicate version 2")
        .hasMessageContaining("0002_x.up.sql")
        .hasMessageContaining("002_y.up.sql");
  }

  @Test
  void upWithoutDownIsRefusedNamingTheMissingFile() {
    InMemorySource s = new InMemorySource().add("a", "0001_x.up.sql", "");
    assertThatThrownBy(() -> of(s).load("a"))
        .hasMessageContaining("0001_x.up.sql: has no matching 0001_x.down.sql");
  }

  @Test
  void badNameAndTooLargeVersionAreRefused() {
    assertThatThrownBy(() -> of(new InMemorySource().add("a", "create.sql", "")).load("a"))
        .hasMessageContaining("create.sql: name does not fit");
    String huge = "99999999999999999999_x";
    InMemorySource s =
        new InMemorySource().add("a", huge + ".up.sql", "").add("a", huge + ".down.sql", "");
    assertThatThrownBy(() -> of(s).load("a")).hasMessageContaining("larger than");
  }

  @Test
  void checksumIgnoresBomAndLineEndingsButNotContent() {
    assertThat(Checksum.of("\uFEFFa;\r\nb;\r")).isEqualTo(Checksum.of("a;\nb;\n"));
    assertThat(Checksum.of("a;\nb;\n")).isNotEqualTo(Checksum.of("a;\nc;\n"));
    assertThat(Checksum.of(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void invalidUtf8IsReportedAtLineAndColumn() {
    byte[] latin1 = "SELECT 1;\nSELECT 'M\u00fcller';\n".getBytes(StandardCharsets.ISO_8859_1);
    InMemorySource s =
        new InMemorySource().addBytes("a", "0001_x.up.sql", latin1).add("a", "0001_x.down.sql", "");
    assertThatThrownBy(() -> of(s).load("a"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("0001_x.up.sql:2:10: invalid UTF-8 byte 0xFC");
  }

  @Test
  void reservedSchemaNameIsRefused() {
    assertThatThrownBy(() -> of(new InMemorySource()).load("pg_mine"))
        .hasMessageContaining("reserved");
  }
}
