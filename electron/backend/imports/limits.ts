/**
 * The named limits of reading an import file (docs/rules.md, "Import files"). The spec's own
 * figures: a 100,000-row file is the largest a bookkeeper brings (the benchmark's size), and a
 * 50 MB file holds that many rows with room to spare (about 500 bytes a row).
 */

/** 50 MiB: a larger file is refused before it is read. */
export const IMPORT_FILE_BYTES_MAX = 50 * 1024 * 1024;
/** Record rows after the header; one more is refused. */
export const IMPORT_ROWS_MAX = 100_000;
/** Columns of one file: far more than any kind has fields. */
export const IMPORT_COLUMNS_MAX = 100;
/** How many rows the preview shows as read. */
export const IMPORT_PREVIEW_ROWS = 20;
/** How many problems the preview lists; `problemCount` gives the whole number. */
export const IMPORT_PROBLEMS_MAX = 5_000;
