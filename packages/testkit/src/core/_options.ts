/** Options that can name a preset and carry hostile behaviours. */
interface PresetCapable<Preset extends string, Hostile extends object> {
  preset?: Preset;
  hostile?: Hostile;
}

/**
 * Applies a named preset under the explicit options: explicit top-level options win, and hostile
 * behaviours are merged field by field (explicit over preset).
 */
export function applyPreset<
  Preset extends string,
  Hostile extends object,
  Options extends PresetCapable<Preset, Hostile>,
>(presets: Readonly<Record<Preset, Readonly<Options>>>, options: Options): Options & { hostile: Hostile } {
  const preset: Readonly<Partial<Options>> = options.preset
    ? presets[options.preset]
    : ({} as Partial<Options>);
  return { ...preset, ...options, hostile: { ...preset.hostile, ...options.hostile } as Hostile };
}

/** Splits a command line into its upper-cased verb and the trimmed rest. */
export function splitVerb(line: string): { verb: string; args: string } {
  const space = line.indexOf(' ');
  return {
    verb: (space < 0 ? line : line.slice(0, space)).toUpperCase(),
    args: space < 0 ? '' : line.slice(space + 1).trim(),
  };
}
