/** Where Debian installs Chromium; CHROMIUM_PATH names another. */
export declare const CHROMIUM_PATH: string;
/** The flags every test and bench starts Chromium with (scripts/chromium.mjs). */
export declare const CHROMIUM_ARGS: readonly string[];
