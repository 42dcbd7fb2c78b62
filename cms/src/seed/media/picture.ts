/**
 * Demo pictures, drawn in code: an SVG scene (a meeting hall, a one-stop counter, a phone with
 * the public-service portal, a chart…) varied by a seed, rendered to JPEG by sharp. Nothing is
 * downloaded, and the same seed always gives the same picture. No text is drawn: the machines
 * that run the seed may have no fonts, and a picture's words belong in its alt text anyway.
 */
import sharp from 'sharp';
import type { Scene } from '../types';
import { createRandom, type Random } from './random';

export const PICTURE_WIDTH = 1600;
export const PICTURE_HEIGHT = 900;
const W = PICTURE_WIDTH;
const H = PICTURE_HEIGHT;

interface Palette {
  sky: [string, string];
  primary: string;
  secondary: string;
  dark: string;
  light: string;
  skin: string[];
}

const SKIN = ['#f1c27d', '#e0ac69', '#c68642', '#8d5524', '#ffdbac'];

const PALETTES: Palette[] = [
  { sky: ['#fdf1e7', '#f6c8a8'], primary: '#c8102e', secondary: '#f2b705', dark: '#5a1a1a', light: '#fff8f0', skin: SKIN },
  { sky: ['#e3f2fd', '#90caf9'], primary: '#1565c0', secondary: '#26a69a', dark: '#0d2b45', light: '#f5fbff', skin: SKIN },
  { sky: ['#f1f8e9', '#aed581'], primary: '#2e7d32', secondary: '#f9a825', dark: '#1b3a1b', light: '#fbfff5', skin: SKIN },
  { sky: ['#fff3e0', '#ffab91'], primary: '#d84315', secondary: '#6a1b9a', dark: '#3e2723', light: '#fffaf5', skin: SKIN },
  { sky: ['#eceff1', '#b0bec5'], primary: '#37474f', secondary: '#c62828', dark: '#212121', light: '#fafafa', skin: SKIN },
  { sky: ['#e0f7fa', '#80deea'], primary: '#00838f', secondary: '#ff7043', dark: '#004d40', light: '#f7feff', skin: SKIN },
];

const CLOTHES = ['#1e88e5', '#43a047', '#fb8c00', '#8e24aa', '#e53935', '#00897b', '#546e7a', '#fdd835', '#ffffff'];

const f = (n: number) => n.toFixed(1);

function background(p: Palette): string {
  return `<defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#ffffff" stop-opacity="0.85"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
    <linearGradient id="shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.25"/></linearGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>`;
}

/** A person seen from the front: head and shoulders (scale 1 = about 120 px tall). */
function person(r: Random, p: Palette, x: number, y: number, s: number): string {
  const skin = r.pick(p.skin);
  const cloth = r.pick(CLOTHES);
  const hair = r.pick(['#1b1b1b', '#2d1b0e', '#3b2a1a', '#555']);
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${f(s)})">
    <path d="M-46 120 Q-46 52 0 48 Q46 52 46 120 Z" fill="${cloth}"/>
    <circle cx="0" cy="18" r="26" fill="${skin}"/>
    <path d="M-27 14 Q-24 -12 0 -10 Q24 -12 27 14 Q14 0 0 2 Q-14 0 -27 14 Z" fill="${hair}"/>
  </g>`;
}

/** A person seen from behind (audiences, citizens at the counter). */
function back(r: Random, x: number, y: number, s: number): string {
  const cloth = r.pick(CLOTHES);
  const hair = r.pick(['#1b1b1b', '#2d1b0e', '#3b2a1a', '#4a4a4a']);
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${f(s)})">
    <path d="M-50 110 Q-50 48 0 44 Q50 48 50 110 Z" fill="${cloth}"/>
    <circle cx="0" cy="16" r="27" fill="${hair}"/>
  </g>`;
}

function meeting(r: Random, p: Palette): string {
  const out: string[] = [];
  out.push(`<rect x="0" y="0" width="${W}" height="520" fill="${p.light}" opacity="0.55"/>`);
  // Banner over the presidium, with the gold stripe of conference halls.
  out.push(`<rect x="250" y="60" width="1100" height="110" rx="6" fill="${p.primary}"/>`);
  out.push(`<rect x="250" y="150" width="1100" height="12" fill="${p.secondary}"/>`);
  out.push(`<circle cx="800" cy="115" r="34" fill="${p.secondary}"/>`);
  // Presidium table with its members.
  const members = r.int(3, 5);
  for (let i = 0; i < members; i++) out.push(person(r, p, 800 + (i - (members - 1) / 2) * 170, 250, 1));
  out.push(`<rect x="380" y="350" width="840" height="110" rx="8" fill="${p.primary}"/>`);
  out.push(`<rect x="380" y="350" width="840" height="18" fill="${p.secondary}"/>`);
  for (let i = 0; i < members; i++) {
    const x = 800 + (i - (members - 1) / 2) * 170;
    out.push(`<rect x="${f(x - 22)}" y="330" width="44" height="26" rx="4" fill="#fff" opacity="0.9"/>`);
  }
  // Podium to one side.
  const podiumX = r.next() < 0.5 ? 160 : 1340;
  out.push(`<path d="M${podiumX - 60} 480 L${podiumX + 60} 480 L${podiumX + 45} 330 L${podiumX - 45} 330 Z" fill="${p.dark}"/>`);
  out.push(`<circle cx="${podiumX}" cy="405" r="20" fill="${p.secondary}"/>`);
  // Rows of the audience, bigger as they come closer.
  for (let row = 0; row < 3; row++) {
    const y = 560 + row * 110;
    const s = 0.8 + row * 0.25;
    const n = 11 - row * 2;
    for (let i = 0; i < n; i++) out.push(back(r, (W / n) * (i + 0.5) + r.range(-12, 12), y, s));
  }
  return out.join('\n');
}

function serviceDesk(r: Random, p: Palette): string {
  const out: string[] = [];
  out.push(`<rect x="0" y="0" width="${W}" height="470" fill="${p.light}" opacity="0.6"/>`);
  // Queue display board.
  out.push(`<rect x="560" y="40" width="480" height="120" rx="10" fill="${p.dark}"/>`);
  for (let i = 0; i < 4; i++) {
    out.push(`<rect x="${590 + i * 112}" y="70" width="90" height="60" rx="6" fill="${i === r.int(0, 3) ? p.secondary : p.primary}"/>`);
  }
  const booths = r.int(4, 5);
  const bw = W / booths;
  for (let i = 0; i < booths; i++) {
    const cx = bw * (i + 0.5);
    out.push(`<rect x="${f(cx - bw / 2 + 10)}" y="200" width="${f(bw - 20)}" height="40" rx="6" fill="${p.primary}"/>`);
    out.push(person(r, p, cx, 300, 1));
    out.push(`<rect x="${f(cx + 40)}" y="330" width="90" height="64" rx="6" fill="${p.dark}"/>`);
    out.push(`<rect x="${f(cx + 46)}" y="336" width="78" height="50" rx="3" fill="${p.sky[1]}"/>`);
  }
  // The counter itself.
  out.push(`<rect x="0" y="420" width="${W}" height="120" fill="${p.primary}"/>`);
  out.push(`<rect x="0" y="420" width="${W}" height="20" fill="${p.secondary}"/>`);
  out.push(`<rect x="0" y="540" width="${W}" height="${H - 540}" fill="url(#shade)"/>`);
  // Citizens at the counter, seen from behind.
  for (let i = 0; i < booths; i++) if (r.next() < 0.8) out.push(back(r, bw * (i + 0.5) + r.range(-30, 30), 560, 1.5));
  // Waiting chairs.
  for (let i = 0; i < 6; i++) out.push(`<rect x="${120 + i * 240}" y="820" width="160" height="50" rx="10" fill="${p.dark}" opacity="0.5"/>`);
  return out.join('\n');
}

function phone(r: Random, p: Palette): string {
  const out: string[] = [];
  for (let i = 0; i < 9; i++) {
    out.push(`<circle cx="${f(r.range(0, W))}" cy="${f(r.range(0, H))}" r="${f(r.range(40, 180))}" fill="${r.pick([p.primary, p.secondary, '#fff'])}" opacity="0.12"/>`);
  }
  const x = r.range(420, 560);
  const tilt = r.range(-8, 8);
  out.push(`<g transform="rotate(${f(tilt)} ${f(x + 190)} 450)">
    <rect x="${f(x)}" y="80" width="380" height="760" rx="48" fill="${p.dark}"/>
    <rect x="${f(x + 22)}" y="130" width="336" height="660" rx="18" fill="${p.light}"/>
    <rect x="${f(x + 22)}" y="130" width="336" height="110" rx="18" fill="${p.primary}"/>
    <circle cx="${f(x + 190)}" cy="104" r="8" fill="#444"/>
    ${[0, 1, 2].map((i) => `<rect x="${f(x + 46)}" y="${270 + i * 110}" width="288" height="86" rx="14" fill="#fff" stroke="${p.sky[1]}" stroke-width="3"/>
      <circle cx="${f(x + 92)}" cy="${313 + i * 110}" r="24" fill="${i === 1 ? p.secondary : p.primary}" opacity="0.85"/>
      <rect x="${f(x + 130)}" y="${296 + i * 110}" width="${f(r.range(120, 180))}" height="14" rx="7" fill="${p.dark}" opacity="0.5"/>
      <rect x="${f(x + 130)}" y="${320 + i * 110}" width="${f(r.range(80, 150))}" height="12" rx="6" fill="${p.dark}" opacity="0.25"/>`).join('')}
    <circle cx="${f(x + 190)}" cy="680" r="58" fill="${p.secondary}"/>
    <path d="M${f(x + 160)} 682 L${f(x + 182)} 706 L${f(x + 222)} 658" stroke="#fff" stroke-width="14" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
  </g>`);
  // Icons floating around: a document, a shield, a cloud, linked by dotted lines.
  const ix = 1080;
  out.push(`<path d="M${x + 380} 300 C 900 200, 1000 220, ${ix} 220" stroke="${p.primary}" stroke-width="5" stroke-dasharray="4 14" fill="none" stroke-linecap="round"/>`);
  out.push(`<path d="M${x + 380} 600 C 900 700, 1000 690, ${ix} 650" stroke="${p.primary}" stroke-width="5" stroke-dasharray="4 14" fill="none" stroke-linecap="round"/>`);
  out.push(`<g transform="translate(${ix} 140)"><rect width="150" height="190" rx="12" fill="#fff" stroke="${p.primary}" stroke-width="6"/>
    ${[0, 1, 2, 3].map((i) => `<rect x="24" y="${34 + i * 36}" width="${i === 3 ? 60 : 102}" height="12" rx="6" fill="${p.primary}" opacity="0.6"/>`).join('')}</g>`);
  out.push(`<g transform="translate(${ix + 230} 380)"><path d="M70 0 L140 28 L140 90 Q140 150 70 180 Q0 150 0 90 L0 28 Z" fill="${p.secondary}"/>
    <path d="M42 92 L64 114 L102 70" stroke="#fff" stroke-width="12" fill="none" stroke-linecap="round"/></g>`);
  out.push(`<g transform="translate(${ix} 590)"><circle cx="60" cy="70" r="46" fill="#fff"/><circle cx="120" cy="52" r="60" fill="#fff"/><circle cx="180" cy="76" r="40" fill="#fff"/><rect x="40" y="76" width="170" height="44" fill="#fff"/></g>`);
  // A QR-like block pattern.
  const qx = 1380;
  const qy = 120;
  out.push(`<rect x="${qx - 14}" y="${qy - 14}" width="${12 * 14 + 28}" height="${12 * 14 + 28}" rx="10" fill="#fff"/>`);
  for (let i = 0; i < 12; i++) {
    for (let j = 0; j < 12; j++) {
      const corner = (i < 3 && j < 3) || (i > 8 && j < 3) || (i < 3 && j > 8);
      if (corner || r.next() < 0.45) out.push(`<rect x="${qx + i * 14}" y="${qy + j * 14}" width="13" height="13" fill="${p.dark}"/>`);
    }
  }
  return out.join('\n');
}

function chart(r: Random, p: Palette): string {
  const out: string[] = [];
  out.push(`<rect x="60" y="60" width="${W - 120}" height="${H - 120}" rx="28" fill="#fff" opacity="0.92"/>`);
  out.push(`<rect x="60" y="60" width="${W - 120}" height="70" rx="28" fill="${p.primary}"/>`);
  out.push(`<rect x="60" y="100" width="${W - 120}" height="30" fill="${p.primary}"/>`);
  // Bars, rising over the years.
  const bars = 6;
  let height = r.range(120, 200);
  out.push(`<line x1="140" y1="760" x2="840" y2="760" stroke="${p.dark}" stroke-width="4"/>`);
  for (let i = 0; i < bars; i++) {
    height = Math.min(540, height + r.range(20, 80));
    out.push(`<rect x="${170 + i * 110}" y="${f(760 - height)}" width="70" height="${f(height)}" rx="8" fill="${i === bars - 1 ? p.secondary : p.primary}"/>`);
  }
  // A donut with three shares.
  const c = 2 * Math.PI * 130;
  const a = r.range(0.45, 0.7);
  const b = r.range(0.15, 1 - a - 0.05);
  out.push(`<g transform="rotate(-90 1140 380)">
    <circle cx="1140" cy="380" r="130" fill="none" stroke="${p.sky[1]}" stroke-width="60"/>
    <circle cx="1140" cy="380" r="130" fill="none" stroke="${p.primary}" stroke-width="60" stroke-dasharray="${f(c * a)} ${f(c)}"/>
    <circle cx="1140" cy="380" r="130" fill="none" stroke="${p.secondary}" stroke-width="60" stroke-dasharray="0 ${f(c * a)} ${f(c * b)} ${f(c)}"/>
  </g>`);
  // A line going up.
  const points: string[] = [];
  let y = 760;
  for (let i = 0; i < 7; i++) {
    y -= r.range(5, 40);
    points.push(`${960 + i * 60},${f(y)}`);
  }
  out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${p.secondary}" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"/>`);
  for (const pt of points) {
    const [px, py] = pt.split(',');
    out.push(`<circle cx="${px}" cy="${py}" r="10" fill="#fff" stroke="${p.secondary}" stroke-width="5"/>`);
  }
  return out.join('\n');
}

function stage(r: Random, p: Palette): string {
  const out: string[] = [];
  out.push(`<rect width="${W}" height="${H}" fill="#1a1020"/>`);
  out.push(`<rect x="0" y="620" width="${W}" height="120" fill="#3b2418"/>`);
  // Spotlights on the floor.
  for (let i = 0; i < 3; i++) {
    const cx = 450 + i * 350 + r.range(-40, 40);
    out.push(`<path d="M${f(cx - 20)} 0 L${f(cx + 20)} 0 L${f(cx + 190)} 660 L${f(cx - 190)} 660 Z" fill="#fff6c8" opacity="0.12"/>`);
    out.push(`<ellipse cx="${f(cx)}" cy="660" rx="200" ry="36" fill="url(#glow)"/>`);
  }
  // Performers.
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) out.push(person(r, p, 500 + i * (600 / Math.max(1, n - 1)), 470, 1.3));
  // Curtains and valance.
  const folds = (x0: number, dir: number) =>
    [0, 1, 2, 3].map((i) => `<path d="M${x0 + dir * i * 60} 0 Q${x0 + dir * (i * 60 + 30)} 380 ${x0 + dir * (i * 60 + 70)} 740 L${x0 + dir * (i * 60 + 130)} 740 Q${x0 + dir * (i * 60 + 90)} 380 ${x0 + dir * (i * 60 + 60)} 0 Z" fill="${i % 2 ? p.primary : '#8b0a1e'}"/>`).join('');
  out.push(folds(0, 1));
  out.push(folds(W, -1));
  out.push(`<path d="M0 0 L${W} 0 L${W} 90 ${Array.from({ length: 16 }, (_, i) => `Q${W - i * 100 - 50} 150 ${W - (i + 1) * 100} 90`).join(' ')} Z" fill="${p.primary}"/>`);
  out.push(`<rect x="0" y="80" width="${W}" height="10" fill="${p.secondary}"/>`);
  // The audience in silhouette.
  for (let i = 0; i < 14; i++) {
    out.push(`<circle cx="${f(60 + i * 115 + r.range(-10, 10))}" cy="${f(800 + r.range(-8, 8))}" r="44" fill="#0b0710"/>`);
  }
  out.push(`<rect x="0" y="820" width="${W}" height="80" fill="#0b0710"/>`);
  return out.join('\n');
}

function landscape(r: Random, p: Palette): string {
  const out: string[] = [];
  const sunX = r.range(200, 1400);
  out.push(`<circle cx="${f(sunX)}" cy="${f(r.range(140, 220))}" r="80" fill="${p.secondary}" opacity="0.9"/>`);
  // A Khmer pagoda on the horizon: stacked roofs and a spire.
  const px = r.range(900, 1300);
  out.push(`<g fill="${p.dark}" opacity="0.8">
    <rect x="${f(px - 110)}" y="400" width="220" height="90"/>
    <path d="M${f(px - 170)} 410 L${f(px)} 330 L${f(px + 170)} 410 Z"/>
    <path d="M${f(px - 120)} 350 L${f(px)} 280 L${f(px + 120)} 350 Z"/>
    <path d="M${f(px - 70)} 295 L${f(px)} 235 L${f(px + 70)} 295 Z"/>
    <rect x="${f(px - 5)}" y="170" width="10" height="70"/>
  </g>`);
  // Sugar palms.
  for (let i = 0; i < 4; i++) {
    const x = r.range(80, 800);
    const h = r.range(200, 300);
    out.push(`<rect x="${f(x - 6)}" y="${f(490 - h)}" width="12" height="${f(h)}" fill="${p.dark}"/>`);
    out.push(`<circle cx="${f(x)}" cy="${f(490 - h)}" r="46" fill="${p.dark}" opacity="0.85"/>`);
  }
  out.push(`<rect x="0" y="480" width="${W}" height="30" fill="${p.dark}" opacity="0.6"/>`);
  // The river, then rice fields in stripes.
  out.push(`<rect x="0" y="500" width="${W}" height="140" fill="#6fa8c8"/>`);
  for (let i = 0; i < 6; i++) {
    const y = 520 + i * 20;
    out.push(`<path d="M0 ${y} ${Array.from({ length: 9 }, (_, k) => `Q${k * 200 + 100} ${y - 8} ${(k + 1) * 200} ${y}`).join(' ')}" stroke="#fff" stroke-width="3" fill="none" opacity="0.5"/>`);
  }
  out.push(`<path d="M${f(r.range(300, 900))} 560 l120 0 l-20 24 l-80 0 Z" fill="${p.primary}"/>`);
  const greens = ['#7cb342', '#9ccc65', '#689f38', '#aed581', '#c5e1a5'];
  for (let i = 0; i < 6; i++) {
    out.push(`<path d="M0 ${640 + i * 45} L${W} ${640 + i * 45 - r.range(-20, 20)} L${W} ${H} L0 ${H} Z" fill="${greens[i % greens.length]}"/>`);
  }
  return out.join('\n');
}

function documents(r: Random, p: Palette): string {
  const out: string[] = [];
  out.push(`<rect width="${W}" height="${H}" fill="#8d6e63"/>`);
  out.push(`<rect width="${W}" height="${H}" fill="url(#shade)"/>`);
  // A folder under the papers.
  out.push(`<rect x="260" y="160" width="760" height="600" rx="18" fill="${p.primary}" transform="rotate(-6 640 460)"/>`);
  for (let i = 0; i < 3; i++) {
    const angle = r.range(-7, 7);
    const x = 380 + i * 40;
    const y = 120 + i * 30;
    out.push(`<g transform="rotate(${f(angle)} ${x + 300} ${y + 330})">
      <rect x="${x}" y="${y}" width="600" height="660" fill="#fffdf8" stroke="#e0d8c8" stroke-width="2"/>
      <rect x="${x + 150}" y="${y + 50}" width="300" height="16" rx="8" fill="${p.dark}" opacity="0.7"/>
      ${Array.from({ length: 12 }, (_, k) => `<rect x="${x + 60}" y="${y + 110 + k * 38}" width="${f(k % 4 === 3 ? 260 : r.range(400, 480))}" height="10" rx="5" fill="#9e9e9e" opacity="0.6"/>`).join('')}
    </g>`);
  }
  // The red seal and a pen.
  out.push(`<circle cx="1000" cy="660" r="80" fill="none" stroke="#d32f2f" stroke-width="12" opacity="0.85"/>`);
  out.push(`<circle cx="1000" cy="660" r="52" fill="none" stroke="#d32f2f" stroke-width="5" opacity="0.85"/>`);
  out.push(`<g transform="rotate(${f(r.range(25, 45))} 1300 450)"><rect x="1150" y="430" width="320" height="34" rx="17" fill="${p.dark}"/><path d="M1470 430 L1520 447 L1470 464 Z" fill="${p.secondary}"/></g>`);
  out.push(`<rect x="1200" y="150" width="260" height="170" rx="14" fill="${p.secondary}" transform="rotate(8 1330 235)"/>`);
  return out.join('\n');
}

function classroom(r: Random, p: Palette): string {
  const out: string[] = [];
  out.push(`<rect x="0" y="0" width="${W}" height="600" fill="${p.light}" opacity="0.6"/>`);
  // Projection screen with a slide.
  out.push(`<rect x="380" y="50" width="840" height="470" rx="8" fill="#fff" stroke="${p.dark}" stroke-width="8"/>`);
  out.push(`<rect x="388" y="58" width="824" height="80" fill="${p.primary}"/>`);
  for (let i = 0; i < 5; i++) {
    out.push(`<circle cx="450" cy="${190 + i * 60}" r="10" fill="${p.secondary}"/>`);
    out.push(`<rect x="480" y="${182 + i * 60}" width="${f(r.range(260, 420))}" height="16" rx="8" fill="${p.dark}" opacity="0.55"/>`);
  }
  for (let i = 0; i < 4; i++) {
    const h = r.range(60, 220);
    out.push(`<rect x="${960 + i * 56}" y="${f(470 - h)}" width="40" height="${f(h)}" fill="${i === 3 ? p.secondary : p.primary}"/>`);
  }
  // The trainer beside the screen.
  out.push(person(r, p, r.next() < 0.5 ? 240 : 1360, 330, 1.5));
  // Learners at their desks.
  for (let row = 0; row < 2; row++) {
    const y = 600 + row * 150;
    const s = 1.1 + row * 0.3;
    for (let i = 0; i < 6 - row; i++) {
      const x = (W / (6 - row)) * (i + 0.5);
      out.push(back(r, x, y, s));
    }
    out.push(`<rect x="0" y="${y + 90 * s}" width="${W}" height="26" fill="${p.dark}" opacity="0.7"/>`);
  }
  return out.join('\n');
}

function radio(r: Random, p: Palette): string {
  const out: string[] = [];
  out.push(`<rect width="${W}" height="${H}" fill="${p.dark}" opacity="0.85"/>`);
  const cx = r.range(640, 960);
  // Sound waves.
  for (let i = 1; i <= 5; i++) {
    out.push(`<path d="M${f(cx + 140 + i * 50)} ${300 - i * 40} Q${f(cx + 210 + i * 70)} 330 ${f(cx + 140 + i * 50)} ${360 + i * 40}" stroke="${p.secondary}" stroke-width="10" fill="none" opacity="${f(1 - i * 0.15)}" stroke-linecap="round"/>`);
    out.push(`<path d="M${f(cx - 140 - i * 50)} ${300 - i * 40} Q${f(cx - 210 - i * 70)} 330 ${f(cx - 140 - i * 50)} ${360 + i * 40}" stroke="${p.secondary}" stroke-width="10" fill="none" opacity="${f(1 - i * 0.15)}" stroke-linecap="round"/>`);
  }
  // The microphone on its stand.
  out.push(`<rect x="${f(cx - 80)}" y="120" width="160" height="300" rx="80" fill="#cfd8dc"/>`);
  for (let i = 0; i < 6; i++) out.push(`<rect x="${f(cx - 80)}" y="${160 + i * 40}" width="160" height="8" fill="#90a4ae"/>`);
  out.push(`<path d="M${f(cx - 120)} 300 Q${f(cx - 120)} 500 ${f(cx)} 500 Q${f(cx + 120)} 500 ${f(cx + 120)} 300" stroke="#b0bec5" stroke-width="16" fill="none"/>`);
  out.push(`<rect x="${f(cx - 10)}" y="500" width="20" height="160" fill="#b0bec5"/>`);
  // "On air" lamp (no lettering: the colour says it).
  out.push(`<rect x="120" y="80" width="220" height="90" rx="20" fill="${p.secondary}"/>`);
  out.push(`<rect x="120" y="80" width="220" height="90" rx="20" fill="url(#glow)" opacity="0.5"/>`);
  // Mixing console with sliders.
  out.push(`<rect x="0" y="660" width="${W}" height="240" fill="#263238"/>`);
  for (let i = 0; i < 16; i++) {
    const x = 60 + i * 95;
    out.push(`<rect x="${x}" y="700" width="10" height="160" rx="5" fill="#111"/>`);
    out.push(`<rect x="${x - 18}" y="${f(r.range(700, 830))}" width="46" height="28" rx="6" fill="${i % 4 === 0 ? p.secondary : '#eceff1'}"/>`);
  }
  return out.join('\n');
}

function dialogue(r: Random, p: Palette): string {
  const out: string[] = [];
  out.push(`<rect x="0" y="0" width="${W}" height="520" fill="${p.light}" opacity="0.5"/>`);
  // Speech bubbles over the two sides.
  const bubble = (x: number, y: number, w: number, flip: boolean) => `<g>
    <rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="120" rx="30" fill="#fff" stroke="${p.primary}" stroke-width="6"/>
    <path d="M${f(flip ? x + w - 70 : x + 70)} ${f(y + 118)} l${flip ? 30 : -30} 50 l${flip ? -10 : 10} -50 Z" fill="#fff" stroke="${p.primary}" stroke-width="6"/>
    <rect x="${f(x + 36)}" y="${f(y + 34)}" width="${f(w - 90)}" height="14" rx="7" fill="${p.dark}" opacity="0.5"/>
    <rect x="${f(x + 36)}" y="${f(y + 68)}" width="${f(w * 0.5)}" height="14" rx="7" fill="${p.dark}" opacity="0.3"/>
  </g>`;
  out.push(bubble(r.range(120, 260), 70, r.range(360, 480), false));
  out.push(bubble(r.range(900, 1040), 110, r.range(360, 480), true));
  // Two groups facing each other across a table: officials and business people.
  for (let i = 0; i < 3; i++) out.push(person(r, p, 220 + i * 170, 380, 1.15));
  for (let i = 0; i < 3; i++) out.push(person(r, p, 1040 + i * 170, 380, 1.15));
  out.push(`<rect x="100" y="510" width="${W - 200}" height="80" rx="10" fill="${p.primary}"/>`);
  out.push(`<rect x="100" y="510" width="${W - 200}" height="16" fill="${p.secondary}"/>`);
  out.push(`<rect x="100" y="590" width="${W - 200}" height="${H - 590}" fill="${p.dark}" opacity="0.35"/>`);
  // Flowers in the middle of the table.
  for (let i = 0; i < 5; i++) out.push(`<circle cx="${f(800 + r.range(-50, 50))}" cy="${f(480 + r.range(-30, 20))}" r="${f(r.range(16, 26))}" fill="${r.pick(['#f06292', '#ffd54f', '#ff8a65'])}"/>`);
  out.push(`<rect x="770" y="490" width="60" height="24" rx="6" fill="${p.dark}"/>`);
  return out.join('\n');
}

const SCENES: Record<Scene, (r: Random, p: Palette) => string> = {
  meeting,
  'service-desk': serviceDesk,
  phone,
  chart,
  stage,
  landscape,
  documents,
  classroom,
  radio,
  dialogue,
};

export function pictureSvg(scene: Scene, seed: string): string {
  const r = createRandom(`${scene}:${seed}`);
  const palette = r.pick(PALETTES);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
${background(palette)}
${SCENES[scene](r, palette)}
</svg>`;
}

/** A JPEG of the scene, about 1600×900. */
export async function renderPicture(scene: Scene, seed: string): Promise<Buffer> {
  return sharp(Buffer.from(pictureSvg(scene, seed)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
