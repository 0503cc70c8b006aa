// The words of page furniture, per language: the one home of every word list the extraction uses
// (clean-up rules, date lines, page signals). Each list says why it exists; the clean-up rules that
// use them carry examples (clean-rules.ts) and a test runs every rule on its examples.
// Lower case; matching is case-insensitive. Languages: en, fr, de, es, it, pt, nl, pl, cs, sv, no,
// da, tr, and a few words of ar, ja, ko seen on real pages.
import { wordAlternation } from '../text/alternation';

export interface WordList {
  why: string;
  words: Record<string, readonly string[]>;
}

/** Every word of a list, all languages. */
export function allWords(list: WordList): string[] {
  return Object.values(list.words).flat();
}

/** Regex alternation of a list's words (longest first, regex characters escaped). */
export function alternation(list: WordList): string {
  return wordAlternation(allWords(list), true);
}

export const MONTHS: WordList = {
  why: 'Month names and abbreviations: a line made of a date is not article text, and a written date tells an article page.',
  words: {
    en: ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'],
    fr: ['janv', 'janvier', 'fév', 'fev', 'févr', 'février', 'fevrier', 'mars', 'avr', 'avril', 'mai', 'juin', 'juil', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'déc', 'décembre', 'decembre'],
    de: ['januar', 'jänner', 'februar', 'märz', 'maerz', 'juni', 'juli', 'oktober', 'okt', 'dezember', 'dez'],
    es: ['enero', 'ene', 'febrero', 'marzo', 'abril', 'abr', 'mayo', 'junio', 'julio', 'agosto', 'ago', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'dic'],
    it: ['gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre'],
    pt: ['janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro'],
    nl: ['januari', 'februari', 'maart', 'mei', 'augustus'],
    pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
    sv: ['januari', 'februari', 'mars', 'maj', 'augusti', 'oktober'],
    no: ['januar', 'februar', 'mars', 'mai', 'juni', 'juli', 'desember', 'des'],
    tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  },
};

export const DATE_WORDS: WordList = {
  why: 'Words that go with a date or a time in a date line ("Updated 1:39 am EST", "Publiziert heute um 12:19 Uhr", "Actualizado a las 15:10h"): a line of only these and numbers is not article text.',
  words: {
    en: ['mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday', 'am', 'pm', 'a.m', 'p.m', 'utc', 'gmt', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'bst', 'cet', 'cest', 'ist', 'aest', 'hst', 'updated', 'update', 'original', 'published', 'posted', 'last', 'modified', 'created', 'on', 'at', 'ago', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'week', 'weeks', 'second', 'seconds', 'st', 'nd', 'rd', 'th', 'the', 'of', 'and', 'time', 'reading', 'read', 'today', 'yesterday'],
    fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'à', 'mis', 'jour', 'publié', 'publiée', 'mise', 'il', 'y', 'a', 'heure', 'heures', 'jours', 'er', 'de', 'et', 'lecture', 'aujourd', 'hui', 'hier', 'modifié'],
    de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'publiziert', 'veröffentlicht', 'aktualisiert', 'erstellt', 'stand', 'zuletzt', 'am', 'um', 'uhr', 'heute', 'gestern', 'seit', 'online', 'lesedauer', 'lesezeit', 'minuten', 'min', 'vor', 'stunden', 'tagen'],
    es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'publicado', 'actualizado', 'a', 'las', 'la', 'h', 'hace', 'minutos', 'horas', 'lectura', 'de', 'del', 'el', 'hoy', 'ayer'],
    it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'pubblicato', 'aggiornato', 'ore', 'alle', 'il', 'fa', 'oggi', 'ieri'],
    pt: ['publicado', 'atualizado', 'às', 'há', 'hoje', 'ontem'],
    nl: ['gepubliceerd', 'bijgewerkt', 'om', 'geleden', 'vandaag', 'gisteren', 'uur'],
    pl: ['opublikowano', 'aktualizacja', 'zaktualizowano', 'dzisiaj', 'wczoraj', 'godz', 'temu'],
    cs: ['aktualizováno', 'publikováno', 'dnes', 'včera'],
    sv: ['publicerad', 'uppdaterad', 'idag', 'igår', 'kl'],
    no: ['publisert', 'oppdatert', 'i', 'dag', 'kl'],
    da: ['publiceret', 'opdateret'],
    tr: ['yayınlanma', 'güncelleme', 'tarihi', 'saat'],
  },
};

export const INTERFACE_LINES: WordList = {
  why: 'A line that is only one of these is interface text (buttons, labels, section tabs), never a sentence of the article.',
  words: {
    en: [
      'advert', 'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'comments', 'comment', 'subscribe', 'sign in', 'sign up', 'log in', 'login', 'register',
      'share', 'share this', 'share this article', 'share this story', 'tweet', 'email', 'print', 'skip to content', 'skip to main content', 'continue reading',
      'continue reading below', 'close', 'caption', 'next', 'previous', 'prev', 'home', 'menu', 'search', 'related', 'related news', 'related coverage',
      'related articles', 'related stories', 'recommended', 'recommended videos', 'you may also like', 'you might also like', 'more', 'see more', 'show more',
      'load more', "don't miss", 'dont miss', 'most popular', 'most read', 'popular', 'popular this week', 'recent articles', 'recent posts', 'latest news',
      'breaking news', 'trending', 'top stories', 'more stories', 'read next', 'up next', 'watch', 'watch now', 'listen', 'play', 'enlarge', 'enlarge this image',
      'toggle caption', 'hide caption', 'open image in gallery', 'open this photo in gallery', 'view gallery', 'photo', 'image', 'video', 'gallery', 'newsletter',
      'newsletters', 'follow us', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'copy link', 'copied', 'copy link copied', 'share via email',
      'share on x', 'share on facebook', 'share on whatsapp', 'share on linkedin', 'embed', 'key event', 'pinned', 'pinned post', 'live', 'live updates',
      'highlights', 'table of contents', 'contents', 'in this article', 'story continues below advertisement', 'article continues below advertisement',
      'advertisement scroll to continue', 'show comments', 'view comments', 'feedback', 'print this article', 'app store', 'google play', 'reuters', 'ap', 'afp',
    ],
    fr: [
      'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'partager', 'publicité', 'abonnez-vous', "s'abonner", 'se connecter', 'commentaires', 'réagir',
      'en direct', 'à découvrir également', 'à découvrir aussi', 'sur le même sujet', 'les plus lus', 'commenter', 'imprimer', 'sommaire', 'en savoir plus',
      'lire plus tard', 'écouter cet article', 'offrir cet article', 'newsletters',
    ],
    de: [
      'teilen', 'drucken', 'kommentare', 'kommentar', 'anzeige', 'werbung', 'inhalt', 'inhaltsverzeichnis', 'mehr zum thema', 'auch interessant',
      'lesen sie auch', 'lest auch', 'das könnte sie auch interessieren', 'weitere informationen', 'ende der weiteren informationen',
      'schlagwörter zu diesem artikel', 'themen', 'artikel-tools', 'empfohlener redaktioneller inhalt', 'externen inhalt anzeigen', 'ein klick für den datenschutz',
      'e-mail', 'senden', 'zitieren', 'fehler melden', 'seitennavigation', 'am beliebtesten', 'meistgelesen', 'weitere newsletter', 'liveblog', 'live-ticker',
      'liveticker', 'box aufklappen box zuklappen', 'personen-box aufklappen personen-box zuklappen', 'mehr infos', 'zum artikel', 'kommentaredrucken',
      'youtube-inhalte erlauben', 'link zum youtube-inhalt', 'zitiervorschlag', 'infos zum zitiervorschlag',
    ],
    es: ['publicidad', 'compartir', 'comentarios', 'lee también', 'leer más', 'te puede interesar', 'más información', 'noticias relacionadas', 'lo más leído', 'imprimir', 'anuncio', 'en directo', 'en vivo'],
    it: ['pubblicità', 'condividi', 'commenti', 'leggi anche', 'leggi di più', 'potrebbe interessarti', 'stampa', 'in diretta'],
    pt: ['publicidade', 'partilhar', 'compartilhar', 'comentários', 'leia também', 'leia mais', 'veja também', 'saiba mais'],
    nl: ['advertentie', 'delen', 'reacties', 'lees ook', 'lees meer', 'meer over'],
    pl: ['reklama', 'udostępnij', 'komentarze', 'czytaj więcej', 'czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'polecamy'],
    cs: ['sdílet', 'komentáře', 'čtěte také', 'související'],
    sv: ['annons', 'dela', 'kommentarer', 'läs också', 'läs mer'],
    no: ['annonse', 'del', 'les også', 'les mer'],
    da: ['annonce', 'læs også', 'læs mere'],
    tr: ['reklam', 'paylaş', 'yorumlar', 'ilgili haberler', 'devamını oku', 'benzer haberler'],
    ar: ['إشترك', 'اشترك', 'التالي', 'السابق'],
    ja: ['おすすめ情報', '関連記事', '広告'],
    ko: ['관련기사', '광고'],
  },
};

export const CALL_TO_ACTION_STARTS: WordList = {
  why: 'A short line that starts with one of these sends the reader elsewhere (read more, subscribe, follow, share, comment, report an error): it is not article text.',
  words: {
    en: [
      'sign up', 'subscribe', 'follow us', 'follow him', 'follow her', 'follow them', 'get the latest', 'get breaking', 'get our', 'click here', 'tap here', 'join our',
      'join the', 'like this story', 'like this article', 'share this', 'share it', 'want more', "don't miss", 'dont miss', 'see more', 'more ap', 'more from', 'more on',
      'read more', 'read also', 'see also', 'related:', 'related coverage', 'recommended:', 'also on', 'also read', 'also see', 'watch:', 'listen:', 'listen to',
      'download the', 'get the app', 'story continues', 'article continues', 'for more stories', 'got a story', 'get in touch', 'have something to say',
      'share your thoughts', 'support local journalism', 'you can save this article', 'create an account', 'sign in or', 'already a subscriber',
      'unlimited online access', 'unlimited digital access', 'enjoy additional', 'enjoy unlimited', 'enjoy the latest', 'interested in more newsletters',
      'we encountered an issue', 'thanks for signing up', 'there was an error', 'a welcome email', 'by signing up', 'the next issue of',
      'this site is protected by recaptcha', 'if you buy something', 'we independently select', 'our standards:', 'in this article:', 'access articles from',
      'get email updates', 'daily puzzles', 'opportunity to engage', 'stay informed', 'stay up to date', 'stay connected',
    ],
    fr: [
      'lire la suite', 'lire aussi', 'lire également', 'lire egalement', 'lire plus', 'à lire aussi', 'a lire aussi', 'à lire également', 'a lire également',
      'à lire ensuite', 'voir aussi', 'sur le même sujet', 'sur le meme sujet', 'abonnez-vous', 'inscrivez-vous', 'recevez', 'téléchargez', 'telechargez',
      'retrouvez', 'suivez-nous', 'à découvrir', 'découvrez',
    ],
    de: [
      'lesen sie auch', 'lesen sie mehr', 'lesen sie hier', 'lest auch', 'lest den', 'mehr zum thema', 'mehr dazu', 'mehr über', 'mehr themen', 'mehr infos',
      'jetzt abonnieren', 'jetzt anmelden', 'jetzt melden', 'jetzt lesen', 'jetzt weiterlesen', 'jetzt registrieren', 'hier geht es', 'hier finden sie',
      'hier lesen sie', 'hier klicken', 'zum artikel', 'folgen sie', 'abonnieren sie', 'melden sie sich', 'mit der anmeldung', 'mit meiner anmeldung',
      'sie haben einen fehler gefunden', 'fehler gefunden', 'fehler auf', 'inhaltliches feedback', 'wir freuen uns über', 'bitte markieren sie',
      'an dieser stelle findest', 'an dieser stelle finden sie', 'ich bin damit einverstanden', 'personenbezogene daten können', 'du kannst ihn dir',
      'sie können ihn sich', 'der tägliche newsletter', 'weitere newsletter', 'neue angebote bei', 'neues aus der',
    ],
    es: ['lee también', 'lea también', 'leer más', 'te puede interesar', 'suscríbete', 'regístrate', 'síguenos', 'más información', 'ver también', 'noticia relacionada'],
    it: ['leggi anche', 'leggi di più', 'iscriviti', 'seguici', 'abbonati'],
    pt: ['leia também', 'leia mais', 'veja também', 'assine'],
    nl: ['lees ook', 'lees meer', 'abonneer'],
    pl: ['czytaj więcej', 'czytaj też', 'czytaj także', 'czytaj również', 'zobacz też', 'zobacz także', 'zobacz również', 'subskrybuj'],
    cs: ['čtěte také', 'čtěte též'],
    sv: ['läs också', 'läs mer'],
    no: ['les også', 'les mer'],
    da: ['læs også', 'læs mere'],
    tr: ['ilgili haber', 'devamını oku', 'abone ol'],
  },
};

export const NEWSLETTER_WORDS: WordList = {
  why: 'Newsletter and mailbox nouns: a short line with one of them that speaks to the reader is a newsletter call ("Sign up to get it in your inbox"); the verbs (sign up, subscribe) are calls to action at the start of a line.',
  words: {
    en: ['newsletter', 'newsletters', 'inbox'],
    fr: ['newsletter', 'newsletters', 'lettre d’information', "lettre d'information", 'boîte mail', 'boîte de réception'],
    de: ['newsletter', 'postfach'],
    es: ['boletín', 'newsletter', 'bandeja de entrada'],
    it: ['newsletter', 'casella di posta'],
    pl: ['newsletter'],
  },
};

export const READER_WORDS: WordList = {
  why: 'Words that speak to the reader (you, your, Sie, vous …): with a newsletter word they make a call to subscribe, not a report about one.',
  words: {
    en: ['you', 'your', "you'll", "you're"],
    fr: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta'],
    de: ['sie', 'ihr', 'ihre', 'ihren', 'ihrem', 'du', 'dein', 'deine', 'dich', 'dir', 'jetzt'],
    es: ['usted', 'tu', 'tus', 'su', 'sus'],
    it: ['tuo', 'tua', 'tuoi', 'vostro'],
  },
};

export const VIDEO_LINES: WordList = {
  why: 'Video captions and player messages: "WATCH | …", "To view this video please enable JavaScript …" are not article text.',
  words: {
    en: ['watch |', 'watch:', 'video:', 'video |', 'to view this video please enable javascript', 'your browser does not support', 'this video is not available', 'video player is loading'],
    fr: ['vidéo :', 'vidéo |', 'regarder :'],
    de: ['video:', 'video |', 'player wird geladen', 'video wird geladen'],
    es: ['vídeo:', 'vídeo |', 'video:', 'ver vídeo', 'ver video'],
  },
};

export const BYLINE_WORDS: WordList = {
  why: 'Words that introduce the author: "By Jane Doe", "Par Jean Dupont", "Von Hans Meier", "Autor: …".',
  words: {
    en: ['by', 'written by', 'words by', 'author:', 'author of the article:', 'reporting by'],
    fr: ['par', 'texte :', 'propos recueillis par'],
    de: ['von', 'ein kommentar von', 'eine kolumne von', 'kolumne von', 'autor:', 'autorin:', 'redaktion:', 'faktencheck:', 'text:'],
    es: ['por'],
    it: ['di'],
    nl: ['door'],
    sv: ['av'],
    da: ['af'],
    pl: ['autor:'],
  },
};

export const CREDIT_WORDS: WordList = {
  why: 'Words that introduce a picture credit or a source at the end of a caption ("… Bildrechte: MDR/David Straub", "… Foto: Felix Zahn/imago").',
  words: {
    en: ['photo', 'photos', 'image', 'images', 'picture', 'pictures', 'credit', 'credits', 'illustration', 'source', 'copyright', 'photograph'],
    fr: ['crédit', 'crédits', 'crédit photo', 'source', 'illustration'],
    de: ['foto', 'fotos', 'bild', 'bilder', 'bildrechte', 'bildquelle', 'quelle', 'grafik'],
    es: ['foto', 'fotos', 'fotografía', 'imagen', 'fuente'],
    it: ['foto', 'fonte'],
    pl: ['fot', 'zdjęcie', 'źródło'],
  },
};

export const PHOTO_AGENCIES: WordList = {
  why: 'Agencies and photo libraries whose name ends a picture credit ("(Mario Jasso/Cuartoscuro)", "Friso Gentsch/dpa"), written as they sign (case matters: "(ePA)" is no credit).',
  words: {
    all: ['Getty Images', 'Getty', 'Shutterstock', 'AFP', 'AP Photo', 'AP', 'Reuters', 'REUTERS', 'EPA', 'iStock', 'iStockphoto', 'Alamy', 'Bloomberg', 'dpa', 'DPA', 'Imago', 'IMAGO', 'imago images', 'picture alliance', 'Keystone', 'KEYSTONE', 'APA', 'SDA', 'ANP', 'ANSA', 'EFE', 'PAP', 'NTB', 'Ritzau', 'Belga', 'BELGA', 'Unsplash', 'Cuartoscuro'],
  },
};

export const AUTHOR_ROLES: WordList = {
  why: 'What an author bio says the author is ("X is a politics reporter for …", "Y ist Redakteurin …"): such a line at the end is about the author, not the story.',
  words: {
    en: ['reporter', 'writer', 'correspondent', 'editor', 'journalist', 'columnist', 'contributor', 'producer', 'photographer', 'analyst', 'freelance', 'freelancer', 'intern', 'author', 'critic', 'anchor', 'host'],
    fr: ['journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'chroniqueur', 'chroniqueuse', 'reporter'],
    de: ['redakteur', 'redakteurin', 'redaktor', 'redaktorin', 'korrespondent', 'korrespondentin', 'journalist', 'journalistin', 'autor', 'autorin', 'reporter', 'reporterin', 'volontär', 'volontärin', 'kolumnist', 'kolumnistin'],
    es: ['periodista', 'redactor', 'redactora', 'corresponsal', 'columnista', 'reportero', 'reportera'],
    it: ['giornalista', 'redattore', 'redattrice', 'corrispondente', 'inviato', 'inviata'],
  },
};

export const REPORTED_SPEECH_WORDS: WordList = {
  why: 'A line that reports what someone said is news about that person, even when it names them as a reporter ("John Smith is a reporter who was detained …, his lawyers said"): an author bio never reports speech.',
  words: {
    en: ['according to', 'said', 'says', 'told'],
    fr: ['a affirmé', 'a annoncé', 'a déclaré', 'a dit', 'selon'],
    de: ['sagt', 'sagte', 'laut'],
    es: ['afirmó', 'dijo', 'según'],
    it: ['ha detto', 'secondo'],
  },
};

export const RELATED_LABELS: WordList = {
  why: 'Labels over a block of other stories ("RELATED COVERAGE", "Sur le même sujet", "Mehr zum Thema"): the label and the teasers under it are not the article.',
  words: {
    en: ['related', 'related coverage', 'related articles', 'related stories', 'related content', 'related topics', 'more on this story', 'more stories', 'more from', 'read more', 'read next', 'recommended', 'recommended for you', 'you may also like', 'you might also like', 'also read', 'see also', "don't miss", 'most read', 'most popular', 'top stories', 'latest news', 'trending', 'what to read next', 'further reading'],
    fr: ['lire aussi', 'à lire aussi', 'voir aussi', 'sur le même sujet', 'sur le meme sujet', 'à découvrir également', 'à découvrir aussi', 'à découvrir', 'les plus lus', 'nos articles', 'dans la même rubrique'],
    de: ['mehr zum thema', 'auch interessant', 'lesen sie auch', 'lest auch', 'das könnte sie auch interessieren', 'weitere artikel', 'weitere nachrichten', 'meistgelesen', 'am beliebtesten', 'empfehlungen', 'lesen sie mehr zum thema'],
    es: ['lee también', 'te puede interesar', 'noticias relacionadas', 'lo más leído', 'más noticias'],
    it: ['leggi anche', 'potrebbe interessarti', 'articoli correlati'],
    pt: ['leia também', 'veja também', 'notícias relacionadas'],
    nl: ['lees ook', 'meer over'],
    pl: ['czytaj więcej', 'czytaj też', 'czytaj także', 'zobacz też', 'polecamy'],
    sv: ['läs också', 'läs mer'],
    no: ['les også', 'les mer'],
    da: ['læs også'],
    tr: ['ilgili haberler', 'benzer haberler'],
  },
};
