/** One audio context for the page, made on the first beep (after a user gesture, so the browser allows it). */
let audio: AudioContext | undefined;

/**
 * A short, soft 880 Hz tone made with Web Audio: no sound file to download.
 */
export function beep(): void {
  if (typeof AudioContext !== 'function') return;
  audio ??= new AudioContext();
  void audio.resume();
  const at = audio.currentTime;
  const tone = audio.createOscillator();
  const volume = audio.createGain();
  tone.frequency.value = 880;
  volume.gain.setValueAtTime(0.1, at);
  volume.gain.exponentialRampToValueAtTime(0.001, at + 0.2);
  tone.connect(volume).connect(audio.destination);
  tone.start(at);
  tone.stop(at + 0.2);
}
