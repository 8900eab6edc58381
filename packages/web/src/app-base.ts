/**
 * Pages live under /app: the API owns the top-level paths (/customers, /contracts, …), so a page's address never
 * collides with the API's, and reloading any page gets the app.
 */
export const APP_BASE = '/app';
