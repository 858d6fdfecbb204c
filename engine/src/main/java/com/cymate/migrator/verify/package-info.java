/**
 * Rollback verification: applies every migration pair up, down and up again in a scratch database
 * on the same server and compares a text fingerprint of the schema's catalog before the up and
 * after the down, so a down file that leaves something behind (an index, a default, a check, a
 * grant) is found before a real rollback needs it. The target database is never touched.
 */
package com.cymate.migrator.verify;
