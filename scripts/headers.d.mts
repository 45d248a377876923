export const contentSecurityPolicy: string;
export const securityHeaders: Record<string, string>;
export const cacheControl: Record<string, string>;
export function headersFile(): string;
