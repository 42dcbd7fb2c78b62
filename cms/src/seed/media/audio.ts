/**
 * A short MP3 made in code: a pentatonic signature tune of the kind that opens a radio
 * programme, for the radio bulletin and the audio training material. MP3, because the upload
 * plugin accepts audio/mpeg and not WAV; encoded by lamejs (pure JavaScript, from npm).
 */
import { importEsm } from '../../esm';
import { createRandom } from './random';

const SAMPLE_RATE = 22050;
const KBPS = 64;

// Vietnamese folk tunes are pentatonic: C D F G A (the "ngũ cung" scale), two octaves.
const SCALE = [261.63, 293.66, 349.23, 392.0, 440.0, 523.25, 587.33, 698.46, 783.99, 880.0];

interface LameModule {
  Mp3Encoder: new (channels: number, sampleRate: number, kbps: number) => {
    encodeBuffer(left: Int16Array): Uint8Array;
    flush(): Uint8Array;
  };
}


/** Samples of the tune: notes with a soft attack and decay, and a drone a fifth below. */
export function tuneSamples(seed: string, seconds: number): Int16Array {
  const r = createRandom(seed);
  const total = Math.round(seconds * SAMPLE_RATE);
  const out = new Float32Array(total);
  const beat = 0.32;
  let t = 0;
  let degree = r.int(2, 5);
  while (t < seconds - 0.6) {
    const length = beat * r.pick([1, 1, 1, 2, 0.5]);
    degree = Math.max(0, Math.min(SCALE.length - 1, degree + r.pick([-2, -1, 1, 1, 2])));
    const frequency = SCALE[degree] as number;
    const start = Math.round(t * SAMPLE_RATE);
    const end = Math.min(total, Math.round((t + length * 1.6) * SAMPLE_RATE));
    for (let i = start; i < end; i++) {
      const x = (i - start) / SAMPLE_RATE;
      const envelope = Math.min(1, x / 0.015) * Math.exp(-x * 4.5);
      // A plucked timbre: the fundamental with a little of the second and third harmonics.
      const wave = Math.sin(2 * Math.PI * frequency * x) + 0.35 * Math.sin(4 * Math.PI * frequency * x) + 0.15 * Math.sin(6 * Math.PI * frequency * x);
      out[i] = (out[i] as number) + 0.45 * envelope * wave;
    }
    t += length;
  }
  const drone = (SCALE[0] as number) / 2;
  const samples = new Int16Array(total);
  for (let i = 0; i < total; i++) {
    const x = i / SAMPLE_RATE;
    const fade = Math.min(1, x / 0.5, (seconds - x) / 0.8);
    const value = ((out[i] as number) + 0.12 * Math.sin(2 * Math.PI * drone * x)) * fade;
    samples[i] = Math.max(-32767, Math.min(32767, Math.round(value * 12000)));
  }
  return samples;
}

export async function renderTune(seed: string, seconds: number): Promise<Buffer> {
  // Its CommonJS entry sets no exports (it is a browser IIFE): its ES module build it is.
  const { Mp3Encoder } = await importEsm<LameModule>('@breezystack/lamejs');
  const encoder = new Mp3Encoder(1, SAMPLE_RATE, KBPS);
  const samples = tuneSamples(seed, seconds);
  const chunks: Uint8Array[] = [];
  const block = 1152 * 10;
  for (let i = 0; i < samples.length; i += block) chunks.push(encoder.encodeBuffer(samples.subarray(i, i + block)));
  chunks.push(encoder.flush());
  return Buffer.concat(chunks.map((c) => Buffer.from(c)));
}
