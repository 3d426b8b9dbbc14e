import { MAX_SIDE, type AttachmentType } from './limits.js';

/** JPEG and WebP quality of a re-encoded photo. */
const QUALITY = 0.85;

/** The size of a photo with its long side at most `MAX_SIDE`. */
export function fit(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * What is uploaded of a file: a PDF as it is; a photo drawn again, upright (createImageBitmap applies
 * the EXIF orientation) and at most 2048 px on its long side, in its own type. Drawing it again leaves
 * every piece of metadata behind, the location where it was taken (EXIF GPS) included.
 * Answers undefined for a photo that cannot be decoded.
 */
export async function prepare(file: Blob, type: AttachmentType): Promise<Blob | undefined> {
  if (type === 'application/pdf') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return undefined;
  }
  const { width, height } = fit(bitmap.width, bitmap.height);
  const options = { type, quality: QUALITY };
  try {
    if (typeof OffscreenCanvas === 'function') {
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
      return await canvas.convertToBlob(options);
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob | undefined>((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined), type, QUALITY));
  } finally {
    bitmap.close();
  }
}
