import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/**
 * A QR code drawn as inline SVG (no image address, so the strict CSP holds). lean-qr is imported
 * only here, and this component only by the handout: it loads with the handout, never before.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const code = generate(text);
  const size = code.size + 8;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`-4 -4 ${size} ${size}`} width="112" height="112">
      <rect x="-4" y="-4" width={size} height={size} fill="#fff" />
      <path d={toSvgPath(code)} fill="#000" />
    </svg>
  );
}
