// The command line run in process, for the CLI's tests: its exit code and what it wrote.
import { main } from './main.js';

/** Runs `service-metrics …argv`; returns the exit code and the text written to stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}
