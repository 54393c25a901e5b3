/** Passed to hooks so the checks can tell demo content apart from an editor's publish. */
export const seedContext = { seed: true } as const
