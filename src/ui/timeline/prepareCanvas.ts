// Sizes a canvas to its CSS box at the device's pixel ratio (sharp bars and text on HiDPI
// screens) and returns its 2D context scaled so drawing code works in CSS pixels.
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1
  const w = Math.round(width * ratio)
  const h = Math.round(height * ratio)
  // Assigning width/height clears and reallocates the canvas: only do it when the size changed.
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w
    canvas.height = h
    canvas.style.width = `${width}px`
    canvas.style.height = `${height}px`
  }
  const g = canvas.getContext('2d')
  g?.setTransform(ratio, 0, 0, ratio, 0, 0)
  return g
}
