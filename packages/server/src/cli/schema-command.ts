import type { Command } from 'commander';
import { contractJsonSchema } from '@surety/engine';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of contract and order-form files (contracts/schema.json)')
    .action(() => {
      process.stdout.write(JSON.stringify(contractJsonSchema(), null, 2) + '\n');
    });
}
