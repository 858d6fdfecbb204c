package com.cymate.migrator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.cymate.migrator.testkit.MigrationDir;
import com.cymate.migrator.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Ten migrations of one schema, mixing transactional files and non-transactional ones (CREATE INDEX
 * CONCURRENTLY over tables with some rows, so there is time to be interrupted), and the checks that
 * a database holds all of them exactly once.
 */
public final class ShopMigrations {

  public static final String SCHEMA = "shop";
  public static final int COUNT = 10;

  /** A non-transactional migration and the indexes it creates. */
  public record NonTransactional(long version, String file, List<String> indexes) {}

  public static final List<NonTransactional> NON_TRANSACTIONAL =
      List.of(
          new NonTransactional(2, "0002_index_item_sku.up.sql", List.of("item_sku_idx")),
          new NonTransactional(
              5, "0005_index_item_price.up.sql", List.of("item_price_idx", "item_stock_idx")),
          new NonTransactional(
              8, "0008_index_order_customer.up.sql", List.of("order_line_customer_idx")));

  private ShopMigrations() {}

  /** Writes the ten migrations under {@code tempDir/sql/shop}; returns the {@code --dir}. */
  public static Path write(Path tempDir) {
    MigrationDir dir = MigrationDir.in(tempDir);
    dir.pair(
        SCHEMA,
        "0001_create_item",
        """
        CREATE TABLE item (id bigint PRIMARY KEY, sku text NOT NULL, price numeric NOT NULL);
        INSERT INTO item SELECT g, 'sku-' || g, g % 1000 FROM generate_series(1, 20000) g;
        """,
        "DROP TABLE item;\n");
    dir.pair(
        SCHEMA,
        "0002_index_item_sku",
        """
        -- migrator:no-transaction
        CREATE INDEX CONCURRENTLY item_sku_idx ON item (sku);
        """,
        "-- migrator:no-transaction\nDROP INDEX CONCURRENTLY item_sku_idx;\n");
    dir.pair(
        SCHEMA,
        "0003_create_customer",
        """
        CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);
        INSERT INTO customer SELECT g, 'customer ' || g FROM generate_series(1, 500) g;
        SELECT pg_sleep(0.05);
        """,
        "DROP TABLE customer;\n");
    dir.pair(
        SCHEMA,
        "0004_add_item_stock",
        "ALTER TABLE item ADD COLUMN stock integer NOT NULL DEFAULT 0;\n",
        "ALTER TABLE item DROP COLUMN stock;\n");
    dir.pair(
        SCHEMA,
        "0005_index_item_price",
        """
        -- migrator:no-transaction
        CREATE INDEX CONCURRENTLY item_price_idx ON item (price);
        CREATE INDEX CONCURRENTLY item_stock_idx ON item (stock);
        """,
        """
        -- migrator:no-transaction
        DROP INDEX CONCURRENTLY item_stock_idx;
        DROP INDEX CONCURRENTLY item_price_idx;
        """);
    dir.pair(
        SCHEMA,
        "0006_create_order_line",
        """
        CREATE TABLE order_line (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          customer_id bigint NOT NULL REFERENCES customer (id),
          item_id bigint NOT NULL REFERENCES item (id),
          quantity integer NOT NULL CHECK (quantity > 0)
        );
        """,
        "DROP TABLE order_line;\n");
    dir.pair(
        SCHEMA,
        "0007_fill_order_line",
        """
        INSERT INTO order_line (customer_id, item_id, quantity)
        SELECT 1 + g % 500, 1 + g % 20000, 1 + g % 7 FROM generate_series(1, 10000) g;
        SELECT pg_sleep(0.05);
        """,
        "DELETE FROM order_line;\n");
    dir.pair(
        SCHEMA,
        "0008_index_order_customer",
        """
        -- migrator:no-transaction
        CREATE INDEX CONCURRENTLY order_line_customer_idx ON order_line (customer_id);
        """,
        "-- migrator:no-transaction\nDROP INDEX CONCURRENTLY order_line_customer_idx;\n");
    dir.pair(
        SCHEMA,
        "0009_create_item_value",
        """
        CREATE VIEW item_value AS
          SELECT i.id, i.sku, i.price * i.stock AS value FROM item i;
        """,
        "DROP VIEW item_value;\n");
    dir.pair(
        SCHEMA,
        "0010_create_order_total",
        """
        CREATE FUNCTION order_total(customer bigint) RETURNS numeric
          LANGUAGE sql STABLE
          AS $$ SELECT coalesce(sum(l.quantity * i.price), 0)
                FROM shop.order_line l JOIN shop.item i ON i.id = l.item_id
                WHERE l.customer_id = customer $$;
        COMMENT ON FUNCTION order_total(bigint) IS 'value of a customer''s order lines; a ; inside';
        """,
        "DROP FUNCTION order_total(bigint);\n");
    return dir.root();
  }

  /** The file name of a version's up script. */
  public static String upFile(long version) {
    return switch ((int) version) {
      case 1 -> "0001_create_item.up.sql";
      case 2 -> "0002_index_item_sku.up.sql";
      case 3 -> "0003_create_customer.up.sql";
      case 4 -> "0004_add_item_stock.up.sql";
      case 5 -> "0005_index_item_price.up.sql";
      case 6 -> "0006_create_order_line.up.sql";
      case 7 -> "0007_fill_order_line.up.sql";
      case 8 -> "0008_index_order_customer.up.sql";
      case 9 -> "0009_create_item_value.up.sql";
      case 10 -> "0010_create_order_total.up.sql";
      default -> throw new IllegalArgumentException("no version " + version);
    };
  }

  /**
   * Every version recorded applied exactly once (also in the append-only log), every object there
   * with the data the migrations wrote, every index valid.
   */
  public static void assertConverged(TestDatabase db) throws SQLException {
    List<Long> all = LongStream.rangeClosed(1, COUNT).boxed().toList();
    assertThat(db.versions(SCHEMA)).isEqualTo(all);
    assertThat(db.column("SELECT DISTINCT state FROM shop.schema_version"))
        .containsExactly("applied");
    // exactly once: one successful 'up' per version in the log (or one repair that marked an
    // interrupted one applied), however many runners tried
    assertThat(
            db.column(
                "SELECT version FROM shop.schema_version_log WHERE (direction = 'up'"
                    + " AND outcome = 'applied') OR outcome = 'marked_applied' ORDER BY version"))
        .map(Long::valueOf)
        .isEqualTo(all);
    assertThat(db.count("SELECT count(*) FROM shop.item")).isEqualTo(20000);
    assertThat(db.count("SELECT count(*) FROM shop.customer")).isEqualTo(500);
    assertThat(db.count("SELECT count(*) FROM shop.order_line")).isEqualTo(10000);
    assertThat(db.count("SELECT count(*) FROM shop.item_value")).isEqualTo(20000);
    assertThat(db.value("SELECT shop.order_total(1) > 0")).isEqualTo("t");
    assertThat(indexes(db))
        .containsExactlyInAnyOrder(
            "item_pkey",
            "customer_pkey",
            "order_line_pkey",
            "item_sku_idx",
            "item_price_idx",
            "item_stock_idx",
            "order_line_customer_idx");
  }

  /** The indexes of the migrations' tables, each named with " INVALID" appended when it is. */
  public static List<String> indexes(TestDatabase db) throws SQLException {
    return db.column(
        "SELECT c.relname || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END"
            + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            + " JOIN pg_class t ON t.oid = i.indrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = 'shop' AND t.relname NOT LIKE 'schema\\_version%'");
  }
}
