import { createTheme } from '@mantine/core';

// Primary shade 8 for WCAG AA contrast (4.5:1) of white text on buttons and of links; light variants: contrast.css.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
});
