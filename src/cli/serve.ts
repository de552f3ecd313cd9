import { NnError } from '../core/errors.js';

export async function serveCommand(_args: string[]): Promise<void> {
  throw new NnError('INTERNAL', 'serve is not built yet');
}
