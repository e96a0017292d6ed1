export const HOW_TO_INSTALL: string
export function findChromium(): Promise<string | null>
