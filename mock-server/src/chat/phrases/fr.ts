import { plural } from '../format.js';
import type { Phrases } from '../phrases.js';

const days = (n: number) => plural('fr', n, { one: 'jour', other: 'jours' });

export const fr: Phrases = {
  greeting: (name) =>
    `Bonjour${name ? ` ${name}` : ''} ! Je suis l’assistant. Posez-moi vos questions sur les paiements, les retours, un problème de commande, votre carte ou votre solde. Vous pouvez demander à parler à quelqu’un à tout moment.`,
  greetBack: (name) => `Bonjour${name ? ` ${name}` : ''} ! Comment puis-je vous aider ?`,
  topics: { payments: 'Paiements', returns: 'Retours', problems: 'Un problème de commande', card: 'Carte de crédit', balance: 'Solde', account: 'Mon compte' },
  helped: 'Ça m’a aidé',
  talkToPerson: 'Parler à un conseiller',
  noThanks: 'Non merci',
  notSure:
    'Je ne suis pas sûr d’avoir compris. Je peux vous aider pour les paiements, les retours, un problème de commande, votre carte et votre solde, ou vous mettre en relation avec un conseiller.',
  cannotHelp: 'Je ne peux pas régler cela moi-même, je vous mets donc en relation avec un conseiller.',
  welcome: 'Avec plaisir ! Si vous n’avez pas d’autre question, vous pouvez noter cette conversation.',
  anythingElse: 'Très bien. Puis-je vous aider pour autre chose ?',
  verifyFirst:
    'Pour consulter vos commandes, je dois d’abord vérifier votre identité. Vérifiez-la avec votre numéro de commande et l’e-mail ou le numéro de téléphone utilisé lors de l’achat, puis reposez-moi la question.',
  verifyForAccount:
    'Pour vérifier cela sur vos propres commandes, confirmez votre identité avec votre numéro de commande et l’e-mail ou le numéro de téléphone utilisé lors de l’achat.',
  verify: 'Vérifier mon identité',
  noOrders: 'Je ne trouve aucune commande à votre nom.',
  pickOrder: 'De quelle commande parlez-vous ?',
  orderStatus: (ref, merchant, status) => `Votre commande ${ref} chez ${merchant} est ${status}.`,
  orderStatusNames: {
    authorized: 'passée et attend la confirmation du marchand',
    partially_confirmed: 'partiellement confirmée par le marchand : votre plan de paiement ne couvre que ce qu’il a confirmé',
    confirmed: 'confirmée par le marchand',
    shipped: 'en cours de livraison',
    delivered: 'livrée',
    cancelled: 'annulée',
    refunded: 'remboursée',
  },
  nextPayment: (amount, date) => `Votre prochain paiement est de ${amount}, à régler le ${date}.`,
  planSummary: (ref, paid, remaining) => `Plan de paiement de ${ref} : ${paid} payés, ${remaining} restant à payer.`,
  planCompleted: (ref) => `Tout est payé pour ${ref}. Plus rien n’est dû.`,
  planPaused: 'Les paiements sont suspendus tant qu’un retour ou un problème est en cours : aucuns frais de retard ne s’ajoutent entre-temps.',
  planInCollection: (agency) => `Ce plan a été transmis à ${agency} pour recouvrement ; merci de les contacter pour payer.`,
  extendOffer: (amount, date) => `Votre prochain paiement de ${amount} est dû le ${date}. Je peux reporter cette date une fois. Choisissez la nouvelle date :`,
  extendChoice: (n, date) => `+${n} ${days(n)} (${date})`,
  keepDate: 'Garder la date',
  extendDone: (amount, date) => `C’est fait : votre paiement de ${amount} est désormais dû le ${date}. Cette date ne pourra plus être reportée.`,
  extendKept: (date) => `Très bien, la date reste le ${date}.`,
  extendRefused: {
    already_extended: 'Ce paiement a déjà été reporté une fois, et chaque paiement ne peut être reporté qu’une seule fois.',
    paid: 'Il n’y a aucun paiement en attente sur cette commande à reporter.',
    overdue: 'Ce paiement est en retard, sa date ne peut donc plus être reportée. Réglez-le ou parlez-en à un conseiller.',
    paused: 'Les paiements de cette commande sont suspendus tant qu’un retour ou un problème est en cours : il n’y a rien à reporter pour l’instant.',
    not_extendable: 'Ce type de paiement ne peut pas être reporté.',
    no_plan: 'Cette commande n’a pas de plan de paiement.',
  },
  refunds: (ref, list) => `Remboursements sur ${ref} : ${list}.`,
  noRefunds: (ref) =>
    `Il n’y a pas encore de remboursement sur ${ref}. Une fois le retour enregistré par le marchand, le remboursement prend 3 à 14 jours ouvrés, et votre banque peut mettre jusqu’à 10 jours de plus.`,
  returnStatus: (ref, status) => `Votre retour ${ref} est ${status}.`,
  returnStatusNames: {
    reported: 'déclaré, et vos paiements sont suspendus tant qu’il est en cours',
    in_transit: 'en chemin vers le marchand',
    received: 'reçu par le marchand',
    registered: 'enregistré par le marchand',
    refunded: 'remboursé',
    investigation: 'en cours d’examen, car le marchand ne l’a pas enregistré',
    cancelled: 'annulé',
    closed: 'clôturé',
  },
  refundExpected: (amount, date) => `Un remboursement de ${amount} est attendu d’ici le ${date}.`,
  noReturns: (ref) => `Je ne vois aucun retour déclaré pour ${ref}.`,
  holdPending: (amount, ref, date) => `Les ${amount} en attente pour ${ref} sont une autorisation bancaire, pas un débit. Elle disparaît normalement d’elle-même d’ici le ${date}.`,
  holdOverdue: (amount, ref, date) =>
    `Les ${amount} en attente pour ${ref} sont une autorisation bancaire, pas un débit. Elle aurait dû disparaître d’ici le ${date} : nous devons demander au marchand de la lever. Un conseiller peut s’en charger pour vous.`,
  noHold: (ref) => `Il n’y a aucune autorisation en attente sur ${ref}.`,
  problemStatus: (ref, order, status) => `Votre signalement ${ref} sur la commande ${order} : ${status}.`,
  problemStatusNames: {
    open: 'signalé, en cours de transmission au marchand',
    awaiting_store: 'en attente de la réponse du marchand',
    escalated: 'pris en charge par nos soins, le marchand n’ayant pas répondu à temps',
    investigating: 'en cours d’examen : le marchand a répondu',
    solved: 'résolu',
    closed: 'clôturé',
  },
  problemStoreBy: (date) => `Le marchand a jusqu’au ${date} pour répondre. Sans réponse de sa part, nous reprenons le dossier et l’examinons nous-mêmes.`,
  problemTakenOver: 'Nous examinons désormais le dossier nous-mêmes et vous contacterons avec le résultat. Vous n’avez rien à faire d’ici là.',
  problemReviewing: 'Nous examinons la réponse du marchand avec votre signalement et vous contacterons avec le résultat.',
  problemResumed: 'Les paiements de la commande ont repris, sans frais de retard pour la période de pause.',
  problemPaused: (amount) => `Tant que le dossier est ouvert, les paiements de cette commande sont suspendus (${amount} restant à payer) : aucuns frais de retard ne s’ajoutent.`,
  noProblem: (ref) => `Je ne vois aucun problème signalé pour ${ref}. Si quelque chose ne va pas, ouvrez la commande et choisissez « Signaler un problème ».`,
  noProblems: 'Vous n’avez signalé aucun problème sur vos commandes. Si quelque chose ne va pas avec l’une d’elles, ouvrez-la et choisissez « Signaler un problème ».',
  offerPerson: 'Voulez-vous que je transmette votre demande à un conseiller ?',
  handingOver: 'Je vous mets en relation avec un conseiller qui pourra vous aider.',
  queued: (position, minutes, ticket) =>
    `Vous êtes ${position === 1 ? '1er' : `${position}e`} dans la file d’attente ; l’attente estimée est d’environ ${minutes} min. Votre dossier est le ${ticket}, et la personne qui le prendra verra notre conversation.`,
  offline: (when, ticket) =>
    `Nos conseillers ne sont pas disponibles pour le moment et reviennent ${when}. Votre dossier ${ticket} reste dans la file, ou nous pouvons vous rappeler au moment qui vous convient.`,
  alreadyWaiting: (ticket) => `Votre dossier ${ticket} est déjà entre les mains de notre équipe.`,
  requestCallback: 'Être rappelé',
  callbackOffer: 'Nous pouvons vous rappeler : choisissez un créneau pendant nos horaires téléphoniques.',
  callbackBooked: (phone, from, to, ref) => `Nous vous appellerons au ${phone} entre ${from} et ${to}. Votre référence est ${ref}.`,
  agentJoined: (agent, name, ref) =>
    `Bonjour${name ? ` ${name}` : ''}, ici ${agent}. Je vois notre conversation${ref ? ` et votre commande ${ref}` : ''}, inutile de répéter quoi que ce soit. Laissez-moi un instant pour regarder.`,
  agentFollowUp: 'Merci, c’est noté, je m’en occupe.',
  resolved: (ticket, summary) => `Votre dossier ${ticket} est résolu.${summary ? ` ${summary}` : ''} Vous pouvez noter cette conversation.`,
  noteRefund: (amount, ref) => `Un remboursement de ${amount} a été effectué sur ${ref}.`,
  noteReleaseHold: (amount, ref) => `L’autorisation de ${amount} sur ${ref} a été levée.`,
  noteExtend: (ref, date) => `Le paiement de ${ref} est désormais dû le ${date}.`,
  refundLate: (amount, ref) =>
    `Le remboursement de ${amount} pour ${ref} est en route depuis 10 jours ouvrés : il aurait déjà dû vous parvenir. Un spécialiste des remboursements peut vérifier ce qui se passe.`,
  specialistBy: {
    level_2: (when) => `Un spécialiste vous répondra au plus tard le ${when}.`,
    legal_review: (when) => `Votre réclamation est transmise à notre équipe d’examen, qui vous répondra au plus tard le ${when}.`,
    fraud: (when) =>
      `Notre équipe antifraude a été alertée et vous contactera au plus tard le ${when}. D’ici là, ne communiquez aucun code ni aucune donnée de carte à qui que ce soit.`,
  },
};
