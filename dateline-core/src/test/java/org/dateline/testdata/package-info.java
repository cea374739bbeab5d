/** Test helpers that locate the shared data sets; tests skip when they are absent. */
package org.dateline.testdata;
