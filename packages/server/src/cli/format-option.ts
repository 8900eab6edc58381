import { Option } from 'commander';

/** `--format table|json`: every command that prints a result offers JSON with the API's shapes. */
export const formatOption = () =>
  new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');
