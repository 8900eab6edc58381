import { Command } from 'commander';
import { registerCalendar } from './calendar-command.js';
import { registerCheck } from './check-command.js';
import { registerEvaluate } from './evaluate-command.js';
import { registerSchema } from './schema-command.js';
import { registerAvailability } from './availability-command.js';
import { registerBudget } from './budget-command.js';
import { registerServe } from './serve-command.js';
import { registerWorker } from './worker-command.js';
import { registerAudit } from './audit-command.js';
import { registerDemo } from './demo-command.js';
import { registerProjections } from './projections-command.js';
import { registerProbe } from './probe-command.js';
import { registerReport } from './report-command.js';

export function buildProgram(): Command {
  const program = new Command('surety')
    .description('SLA contracts as code, measured.')
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerCheck(program);
  registerEvaluate(program);
  registerCalendar(program);
  registerAvailability(program);
  registerBudget(program);
  registerServe(program);
  registerWorker(program);
  registerAudit(program);
  registerProjections(program);
  registerDemo(program);
  registerProbe(program);
  registerReport(program);
  registerSchema(program);
  return program;
}
