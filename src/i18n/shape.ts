// Laying a host's text overrides over a locale table, keeping only what has the table's shape.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `override` laid over `base` where their shapes agree: records merge key by key, arrays of strings and scalars of
 * the same type replace; anything else keeps `base` and is listed in `ignored` by its path.
 */
export function mergeChecked(base: unknown, override: unknown, path: string, ignored: string[]): unknown {
  if (override === undefined) return base;
  if (isRecord(base)) {
    if (!isRecord(override)) {
      ignored.push(path || '(root)');
      return base;
    }
    const merged: Record<string, unknown> = { ...base };
    for (const key of Object.keys(override)) {
      const at = path ? `${path}.${key}` : key;
      if (!Object.prototype.hasOwnProperty.call(base, key)) ignored.push(at);
      else merged[key] = mergeChecked(base[key], override[key], at, ignored);
    }
    return merged;
  }
  if (Array.isArray(base)) {
    const fits = Array.isArray(override) && override.every((item) => typeof item === 'string');
    if (!fits) ignored.push(path);
    return fits ? override : base;
  }
  if (typeof override !== typeof base) {
    ignored.push(path);
    return base;
  }
  return override;
}
