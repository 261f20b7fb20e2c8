/** The An Sinh mark: a heart in a red square (decorative). */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#c0392b" />
      <path d="M16 25s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 24 14c0 5.8-8 11-8 11z" fill="#fff" />
    </svg>
  );
}
