/** The file `npm run build` writes last; its modification time is when that build started. */
export const STAMP: string;
/** Why dist/ under `root` cannot be run ('missing' or 'stale'), or null when it is current. */
export function distState(root: string): 'missing' | 'stale' | null;
