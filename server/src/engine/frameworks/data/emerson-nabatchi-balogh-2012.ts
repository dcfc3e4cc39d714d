// Emerson, K., Nabatchi, T., & Balogh, S. (2012). An integrative framework for collaborative
// governance. JPART 22(1); extended in Emerson & Nabatchi (2015), Collaborative Governance Regimes.
// System context, drivers, the collaboration dynamics (three interacting components), and the
// actions, impacts and adaptation they produce. The bare words for the last three and for the
// four drivers (tindakan, dampak, adaptasi, kepemimpinan, ketidakpastian) are everyday
// vocabulary, so only qualified forms name them; the bare words, labels included, are hints.
import type { FrameworkInput } from '../schema';

export default {
  id: 'emerson-nabatchi-balogh-2012',
  name: 'Emerson, Nabatchi & Balogh (2012)',
  sources: [{ author: 'Emerson', years: [2012, 2011, 2015] }],
  mentions: ['Emerson Nabatchi', 'integrative framework for collaborative governance', 'collaborative governance regime', 'collaborative governance regimes'],
  concepts: ['collaborative governance', 'tata kelola kolaboratif'],
  dimensions: [
    {
      id: 'system-context',
      label: { en: 'system context', id: 'konteks sistem' },
      names: ['konteks sistemik', 'general system context'],
      variants: ['sistem konteks'],
      hints: ['konteks', 'context'],
    },
    {
      id: 'drivers',
      label: { en: 'drivers', id: 'pendorong kolaborasi' },
      names: ['drivers of collaboration', 'collaboration drivers', 'faktor pendorong kolaborasi', 'penggerak kolaborasi'],
      hints: [
        'pendorong',
        'driver',
        'penggerak',
        'kepemimpinan',
        'leadership',
        'insentif konsekuensial',
        'consequential incentives',
        'saling ketergantungan',
        'interdependence',
        'ketidakpastian',
        'uncertainty',
      ],
    },
    {
      id: 'collaboration-dynamics',
      label: { en: 'collaboration dynamics', id: 'dinamika kolaborasi' },
      names: ['collaborative dynamics', 'dinamika kolaboratif'],
      hints: ['dinamika', 'dynamics'],
      dimensions: [
        {
          id: 'principled-engagement',
          label: { en: 'principled engagement', id: 'keterlibatan berprinsip' },
          names: ['pelibatan berprinsip', 'keterlibatan prinsip'],
          hints: ['keterlibatan', 'engagement'],
        },
        {
          id: 'shared-motivation',
          label: { en: 'shared motivation', id: 'motivasi bersama' },
          variants: ['share motivation'],
          hints: ['motivasi', 'motivation'],
        },
        {
          id: 'capacity-for-joint-action',
          label: { en: 'capacity for joint action', id: 'kapasitas untuk tindakan bersama' },
          names: [
            'kapasitas tindakan bersama',
            'kapasitas aksi bersama',
            'kapasitas untuk aksi bersama',
            'kapasitas bertindak bersama',
            'kapasitas untuk bertindak bersama',
            'kapasitas melakukan tindakan bersama',
          ],
          hints: ['kapasitas', 'capacity'],
        },
      ],
    },
    {
      id: 'collaborative-actions',
      label: { en: 'collaborative actions', id: 'tindakan kolaboratif' },
      names: ['tindakan kolaborasi', 'aksi kolaboratif', 'aksi kolaborasi', 'actions of collaboration'],
      hints: ['tindakan', 'actions', 'aksi'],
    },
    {
      id: 'impacts',
      label: { en: 'impacts', id: 'dampak' },
      names: ['collaborative impacts', 'impacts of collaboration', 'dampak kolaborasi', 'dampak kolaboratif', 'dampak dari kolaborasi'],
      hints: ['dampak', 'impact', 'impacts'],
    },
    {
      id: 'adaptation',
      label: { en: 'adaptation', id: 'adaptasi' },
      names: ['collaborative adaptation', 'adaptasi kolaborasi', 'adaptasi kolaboratif'],
      hints: ['adaptasi', 'adaptation'],
    },
  ],
} satisfies FrameworkInput;
