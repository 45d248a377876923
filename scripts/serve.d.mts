export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[];
export function serve(options?: { port?: number; dir?: string }): Promise<{ url: string; stop: () => Promise<void> }>;
