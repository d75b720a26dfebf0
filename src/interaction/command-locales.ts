/**
 * Translated names and descriptions of the commands and their options, as Discord's
 * `name_localizations` / `description_localizations`. One table per language, keyed by the
 * English path: `command`, `command.option`, `command.subcommand.option`. Context-menu commands
 * have a name only. es-419 uses the es-ES words unless ES_419 says otherwise.
 *
 * Discord shows these in the client's language; interactions still carry the English names, so
 * handlers never see them. test/interaction/command-locales.test.ts checks every entry against
 * Discord's rules and that every command and option has all eight languages.
 */
import type { CommandDefinition } from './types';

/** The Discord locales commands are translated into. */
export const COMMAND_LOCALES = ['es-ES', 'es-419', 'pt-BR', 'fr', 'de', 'it', 'tr', 'ru'] as const;
export type CommandLocale = (typeof COMMAND_LOCALES)[number];

/** [name, description]; a context-menu command has [name] only. */
type Entry = readonly [name: string, description?: string];
type Table = Readonly<Record<string, Entry>>;

const ES: Table = {
  about: ['acerca', 'Qué es netmedic, su versión, tiempo activo y tamaño de la base de conocimiento'],
  'Answer with FAQ': ['Responder con FAQ'],
  check: ['comprobar', 'Comprueba un servidor desde la red del bot: DNS, puerto, TLS, HTTP, panel Xtream'],
  'check.target': ['destino', 'host:puerto, [ipv6]:puerto o una URL (nunca incluyas contraseñas)'],
  'check.protocol': ['protocolo', 'auto (predeterminado), tcp, http, https, xtream, minecraft, source o game:<id de GameDig>'],
  'check.public': ['público', 'Mostrar el resultado en el canal (predeterminado: sí)'],
  'check.from': ['desde', 'Comprobar también desde agentes en otras redes: all, o ubicaciones (a,b)'],
  'Explain this error': ['Explicar este error'],
  explain: ['explicar', 'Explica un error de red: pega el texto del error'],
  'explain.text': ['texto', 'El error tal como lo viste (ECONNREFUSED, ERR_CONNECTION_TIMED_OUT, curl: (7) …)'],
  'explain.public': ['público', 'Mostrar la respuesta en el canal (predeterminado: sí)'],
  faq: ['faq', 'Publica una entrada de las FAQ en este canal (moderadores)'],
  'faq.entry': ['entrada', 'Qué entrada'],
  'faq.user': ['usuario', 'Para quién es (solo se menciona a esta persona)'],
  faqs: ['faqs', 'Gestiona las entradas de FAQ de este servidor (moderadores)'],
  'faqs.add': ['añadir', 'Escribe una entrada nueva (un formulario y luego una vista previa)'],
  'faqs.edit': ['editar', 'Cambia una entrada (un formulario ya rellenado)'],
  'faqs.edit.entry': ['entrada', 'Qué entrada'],
  'faqs.remove': ['quitar', 'Quita una entrada (las incluidas se ocultan)'],
  'faqs.remove.entry': ['entrada', 'Qué entrada'],
  'faqs.alias': ['alias', 'Añade o quita palabras de búsqueda de una entrada'],
  'faqs.alias.entry': ['entrada', 'Qué entrada'],
  'faqs.alias.add': ['añadir', 'Alias que añadir, separados por comas'],
  'faqs.alias.remove': ['quitar', 'Alias que quitar, separados por comas'],
  'faqs.pin': ['fijar', 'Fija o desfija una entrada (las fijadas se ofrecen primero)'],
  'faqs.pin.entry': ['entrada', 'Qué entrada'],
  'faqs.restore': ['restaurar', 'Recupera una entrada incluida tal como viene'],
  'faqs.restore.entry': ['entrada', 'Qué entrada incluida'],
  'faqs.list': ['lista', 'Las entradas de este servidor'],
  'faqs.list.page': ['página', 'Número de página'],
  'faqs.history': ['historial', 'Quién cambió una entrada y cuándo'],
  'faqs.history.entry': ['entrada', 'Qué entrada'],
  'faqs.export': ['exportar', 'Las entradas de este servidor como un zip de archivos markdown'],
  'faqs.import': ['importar', 'Añade o reemplaza entradas desde un zip de archivos markdown (todo o nada)'],
  'faqs.import.file': ['archivo', 'Un .zip de /faqs export, o un solo archivo .md'],
  'faqs.stats': ['estadísticas', 'Entradas más y menos usadas, y las que no se usan desde hace 90 días'],
  'faqs.moderators': ['moderadores', 'El rol que puede gestionar entradas además de Gestionar mensajes'],
  'faqs.moderators.role': ['rol', 'Los miembros con este rol pueden gestionar las FAQ'],
  'faqs.moderators.clear': ['borrar', 'Solo Gestionar mensajes de nuevo'],
  kb: ['kb', 'Herramientas de la base de conocimiento (moderadores)'],
  'kb.reload': ['recargar', 'Vuelve a cargar los artículos y las FAQ desde el disco'],
  'kb.gaps': ['lagunas', 'Los errores más frecuentes que netmedic no supo responder aquí'],
  'kb.gaps.days': ['días', 'Cuántos días atrás (predeterminado: 7)'],
  'kb.stats': ['estadísticas', 'Tasa de respuesta, tasa de utilidad y artículos principales por semana aquí'],
  'kb.stats.weeks': ['semanas', 'Cuántas semanas atrás (predeterminado: 4)'],
  'kb.phrases': ['frases', 'Las frases enseñadas en este servidor (Enseñar a netmedic) y quitar una'],
  'kb.phrases.remove': ['quitar', 'El número de la frase que quitar (de la lista)'],
  netmedic: ['netmedic', 'Ajustes de netmedic para este servidor (moderadores)'],
  'netmedic.settings': ['ajustes', 'Muestra o cambia los ajustes de este servidor'],
  'netmedic.settings.learning': ['aprendizaje', 'Registrar errores sin respuesta para /kb gaps (predeterminado: sí)'],
  'netmedic.settings.retention_days': ['días_conservados', 'Días que se guardan errores, respuestas y votos (0: el predeterminado del bot)'],
  'Teach netmedic': ['Enseñar a netmedic'],
  xtream: ['xtream', 'Revisa tu línea IPTV en privado: estado, caducidad, conexiones, listas de canales'],
};

/** Where Latin-American Spanish says it differently. */
const ES_419: Table = {
  ...ES,
  'faqs.add': ['agregar', 'Escribe una entrada nueva (un formulario y luego una vista previa)'],
  'faqs.alias': ['alias', 'Agrega o quita palabras de búsqueda de una entrada'],
  'faqs.alias.add': ['agregar', 'Alias que agregar, separados por comas'],
  'faqs.import': ['importar', 'Agrega o reemplaza entradas desde un zip de archivos markdown (todo o nada)'],
};

const PT_BR: Table = {
  about: ['sobre', 'O que é o netmedic, versão, tempo ativo e tamanho da base de conhecimento'],
  'Answer with FAQ': ['Responder com FAQ'],
  check: ['verificar', 'Verifica um servidor a partir da rede do bot: DNS, porta, TLS, HTTP, painel Xtream'],
  'check.target': ['destino', 'host:porta, [ipv6]:porta ou uma URL (nunca inclua senhas)'],
  'check.protocol': ['protocolo', 'auto (padrão), tcp, http, https, xtream, minecraft, source ou game:<id do GameDig>'],
  'check.public': ['público', 'Mostrar o resultado no canal (padrão: sim)'],
  'check.from': ['de', 'Verificar também a partir de agentes em outras redes: all, ou locais (a,b)'],
  'Explain this error': ['Explicar este erro'],
  explain: ['explicar', 'Explica um erro de rede: cole o texto do erro'],
  'explain.text': ['texto', 'O erro como você o viu (ECONNREFUSED, ERR_CONNECTION_TIMED_OUT, curl: (7) …)'],
  'explain.public': ['público', 'Mostrar a resposta no canal (padrão: sim)'],
  faq: ['faq', 'Publica uma entrada do FAQ neste canal (moderadores)'],
  'faq.entry': ['entrada', 'Qual entrada'],
  'faq.user': ['usuário', 'Para quem é (só essa pessoa é mencionada)'],
  faqs: ['faqs', 'Gerencia as entradas do FAQ deste servidor (moderadores)'],
  'faqs.add': ['adicionar', 'Escreve uma nova entrada (um formulário e depois uma prévia)'],
  'faqs.edit': ['editar', 'Altera uma entrada (um formulário já preenchido)'],
  'faqs.edit.entry': ['entrada', 'Qual entrada'],
  'faqs.remove': ['remover', 'Remove uma entrada (as que vêm com o bot ficam ocultas)'],
  'faqs.remove.entry': ['entrada', 'Qual entrada'],
  'faqs.alias': ['apelido', 'Adiciona ou remove palavras de busca de uma entrada'],
  'faqs.alias.entry': ['entrada', 'Qual entrada'],
  'faqs.alias.add': ['adicionar', 'Apelidos a adicionar, separados por vírgula'],
  'faqs.alias.remove': ['remover', 'Apelidos a remover, separados por vírgula'],
  'faqs.pin': ['fixar', 'Fixa ou desafixa uma entrada (as fixadas aparecem primeiro)'],
  'faqs.pin.entry': ['entrada', 'Qual entrada'],
  'faqs.restore': ['restaurar', 'Traz de volta uma entrada do bot como ela vem'],
  'faqs.restore.entry': ['entrada', 'Qual entrada do bot'],
  'faqs.list': ['lista', 'As entradas deste servidor'],
  'faqs.list.page': ['página', 'Número da página'],
  'faqs.history': ['histórico', 'Quem alterou uma entrada, e quando'],
  'faqs.history.entry': ['entrada', 'Qual entrada'],
  'faqs.export': ['exportar', 'As entradas deste servidor como um zip de arquivos markdown'],
  'faqs.import': ['importar', 'Adiciona ou substitui entradas a partir de um zip de markdown (tudo ou nada)'],
  'faqs.import.file': ['arquivo', 'Um .zip do /faqs export, ou um único arquivo .md'],
  'faqs.stats': ['estatísticas', 'Entradas mais e menos usadas, e as sem uso há 90 dias'],
  'faqs.moderators': ['moderadores', 'O cargo que pode gerenciar entradas além de Gerenciar mensagens'],
  'faqs.moderators.role': ['cargo', 'Membros com este cargo podem gerenciar o FAQ'],
  'faqs.moderators.clear': ['limpar', 'Só Gerenciar mensagens de novo'],
  kb: ['kb', 'Ferramentas da base de conhecimento (moderadores)'],
  'kb.reload': ['recarregar', 'Recarrega os artigos e o FAQ do disco'],
  'kb.gaps': ['lacunas', 'Os erros mais frequentes que o netmedic não soube responder aqui'],
  'kb.gaps.days': ['dias', 'Quantos dias para trás (padrão: 7)'],
  'kb.stats': ['estatísticas', 'Taxa de resposta, taxa de utilidade e artigos principais por semana aqui'],
  'kb.stats.weeks': ['semanas', 'Quantas semanas para trás (padrão: 4)'],
  'kb.phrases': ['frases', 'As frases ensinadas neste servidor (Ensinar o netmedic) e remover uma'],
  'kb.phrases.remove': ['remover', 'O número da frase a remover (da lista)'],
  netmedic: ['netmedic', 'Configurações do netmedic neste servidor (moderadores)'],
  'netmedic.settings': ['configurações', 'Mostra ou altera as configurações deste servidor'],
  'netmedic.settings.learning': ['aprendizado', 'Registrar erros sem resposta para /kb gaps (padrão: ligado)'],
  'netmedic.settings.retention_days': ['dias_de_retenção', 'Dias em que erros, respostas e votos são guardados (0: o padrão do bot)'],
  'Teach netmedic': ['Ensinar o netmedic'],
  xtream: ['xtream', 'Verifique sua linha IPTV em privado: status, validade, conexões, listas de canais'],
};

const FR: Table = {
  about: ['à-propos', 'Ce qu’est netmedic, sa version, sa disponibilité et la taille de sa base'],
  'Answer with FAQ': ['Répondre avec la FAQ'],
  check: ['vérifier', 'Vérifie un serveur depuis le réseau du bot : DNS, port, TLS, HTTP, panneau Xtream'],
  'check.target': ['cible', 'hôte:port, [ipv6]:port ou une URL (jamais de mot de passe)'],
  'check.protocol': ['protocole', 'auto (par défaut), tcp, http, https, xtream, minecraft, source ou game:<id GameDig>'],
  'check.public': ['public', 'Montrer le résultat dans le salon (par défaut : oui)'],
  'check.from': ['depuis', 'Vérifier aussi depuis des agents sur d’autres réseaux : all, ou des lieux (a,b)'],
  'Explain this error': ['Expliquer cette erreur'],
  explain: ['expliquer', 'Explique une erreur réseau : collez le texte de l’erreur'],
  'explain.text': ['texte', 'L’erreur telle que vous l’avez vue (ECONNREFUSED, ERR_CONNECTION_TIMED_OUT, curl: (7) …)'],
  'explain.public': ['public', 'Montrer la réponse dans le salon (par défaut : oui)'],
  faq: ['faq', 'Publie une entrée de la FAQ dans ce salon (modérateurs)'],
  'faq.entry': ['entrée', 'Quelle entrée'],
  'faq.user': ['membre', 'Pour qui (seule cette personne est mentionnée)'],
  faqs: ['faqs', 'Gère les entrées de FAQ de ce serveur (modérateurs)'],
  'faqs.add': ['ajouter', 'Rédiger une nouvelle entrée (un formulaire, puis un aperçu)'],
  'faqs.edit': ['modifier', 'Modifier une entrée (formulaire prérempli)'],
  'faqs.edit.entry': ['entrée', 'Quelle entrée'],
  'faqs.remove': ['retirer', 'Retirer une entrée (celles fournies sont masquées)'],
  'faqs.remove.entry': ['entrée', 'Quelle entrée'],
  'faqs.alias': ['alias', 'Ajouter ou retirer des mots de recherche d’une entrée'],
  'faqs.alias.entry': ['entrée', 'Quelle entrée'],
  'faqs.alias.add': ['ajouter', 'Alias à ajouter, séparés par des virgules'],
  'faqs.alias.remove': ['retirer', 'Alias à retirer, séparés par des virgules'],
  'faqs.pin': ['épingler', 'Épingler ou désépingler une entrée (les épinglées sont proposées d’abord)'],
  'faqs.pin.entry': ['entrée', 'Quelle entrée'],
  'faqs.restore': ['restaurer', 'Rétablir une entrée fournie telle qu’à l’origine'],
  'faqs.restore.entry': ['entrée', 'Quelle entrée fournie'],
  'faqs.list': ['liste', 'Les entrées de ce serveur'],
  'faqs.list.page': ['page', 'Numéro de page'],
  'faqs.history': ['historique', 'Qui a modifié une entrée, et quand'],
  'faqs.history.entry': ['entrée', 'Quelle entrée'],
  'faqs.export': ['exporter', 'Les entrées de ce serveur en zip de fichiers markdown'],
  'faqs.import': ['importer', 'Ajouter ou remplacer des entrées depuis un zip de markdown (tout ou rien)'],
  'faqs.import.file': ['fichier', 'Un .zip de /faqs export, ou un seul fichier .md'],
  'faqs.stats': ['stats', 'Entrées les plus et les moins utilisées, et celles inutilisées depuis 90 jours'],
  'faqs.moderators': ['modérateurs', 'Le rôle qui peut gérer les entrées en plus de Gérer les messages'],
  'faqs.moderators.role': ['rôle', 'Les membres avec ce rôle peuvent gérer la FAQ'],
  'faqs.moderators.clear': ['effacer', 'Revenir à Gérer les messages seulement'],
  kb: ['kb', 'Outils de la base de connaissances (modérateurs)'],
  'kb.reload': ['recharger', 'Recharger les articles et la FAQ depuis le disque'],
  'kb.gaps': ['lacunes', 'Les erreurs les plus fréquentes auxquelles netmedic n’a pas su répondre ici'],
  'kb.gaps.days': ['jours', 'Combien de jours en arrière (par défaut : 7)'],
  'kb.stats': ['statistiques', 'Taux de réponse, taux d’utilité et articles les plus servis par semaine ici'],
  'kb.stats.weeks': ['semaines', 'Combien de semaines en arrière (par défaut : 4)'],
  'kb.phrases': ['phrases', 'Les phrases apprises sur ce serveur (Apprendre à netmedic), et en retirer une'],
  'kb.phrases.remove': ['retirer', 'Le numéro de la phrase à retirer (dans la liste)'],
  netmedic: ['netmedic', 'Les réglages de netmedic pour ce serveur (modérateurs)'],
  'netmedic.settings': ['réglages', 'Afficher ou modifier les réglages de ce serveur'],
  'netmedic.settings.learning': ['apprentissage', 'Noter les erreurs sans réponse pour /kb gaps (par défaut : activé)'],
  'netmedic.settings.retention_days': ['jours_de_conservation', 'Jours de conservation des erreurs, réponses et votes (0 : valeur du bot)'],
  'Teach netmedic': ['Apprendre à netmedic'],
  xtream: ['xtream', 'Vérifiez votre ligne IPTV en privé : état, expiration, connexions, listes de chaînes'],
};

const DE: Table = {
  about: ['info', 'Was netmedic ist: Version, Laufzeit und Größe der Wissensdatenbank'],
  'Answer with FAQ': ['Mit FAQ antworten'],
  check: ['prüfen', 'Prüft einen Server aus dem Netz des Bots: DNS, Port, TLS, HTTP, Xtream-Panel'],
  'check.target': ['ziel', 'host:port, [ipv6]:port oder eine URL (niemals Passwörter angeben)'],
  'check.protocol': ['protokoll', 'auto (Standard), tcp, http, https, xtream, minecraft, source oder game:<GameDig-ID>'],
  'check.public': ['öffentlich', 'Ergebnis im Kanal zeigen (Standard: ja)'],
  'check.from': ['von', 'Auch von Agenten in anderen Netzen prüfen: all oder Standorte (a,b)'],
  'Explain this error': ['Diesen Fehler erklären'],
  explain: ['erklären', 'Erklärt einen Netzwerkfehler: Fehlertext einfügen'],
  'explain.text': ['text', 'Der Fehler, wie Sie ihn gesehen haben (ECONNREFUSED, ERR_CONNECTION_TIMED_OUT, curl: (7) …)'],
  'explain.public': ['öffentlich', 'Antwort im Kanal zeigen (Standard: ja)'],
  faq: ['faq', 'Postet einen FAQ-Eintrag in diesem Kanal (Moderatoren)'],
  'faq.entry': ['eintrag', 'Welcher Eintrag'],
  'faq.user': ['nutzer', 'Für wen (nur diese Person wird erwähnt)'],
  faqs: ['faqs', 'Verwaltet die FAQ-Einträge dieses Servers (Moderatoren)'],
  'faqs.add': ['hinzufügen', 'Einen neuen Eintrag schreiben (ein Formular, dann eine Vorschau)'],
  'faqs.edit': ['bearbeiten', 'Einen Eintrag ändern (vorausgefülltes Formular)'],
  'faqs.edit.entry': ['eintrag', 'Welcher Eintrag'],
  'faqs.remove': ['entfernen', 'Einen Eintrag entfernen (mitgelieferte werden ausgeblendet)'],
  'faqs.remove.entry': ['eintrag', 'Welcher Eintrag'],
  'faqs.alias': ['alias', 'Suchwörter eines Eintrags hinzufügen oder entfernen'],
  'faqs.alias.entry': ['eintrag', 'Welcher Eintrag'],
  'faqs.alias.add': ['hinzufügen', 'Hinzuzufügende Aliasse, durch Kommas getrennt'],
  'faqs.alias.remove': ['entfernen', 'Zu entfernende Aliasse, durch Kommas getrennt'],
  'faqs.pin': ['anheften', 'Einen Eintrag anheften oder lösen (angeheftete werden zuerst angeboten)'],
  'faqs.pin.entry': ['eintrag', 'Welcher Eintrag'],
  'faqs.restore': ['wiederherstellen', 'Einen mitgelieferten Eintrag im Originalzustand zurückholen'],
  'faqs.restore.entry': ['eintrag', 'Welcher mitgelieferte Eintrag'],
  'faqs.list': ['liste', 'Die Einträge dieses Servers'],
  'faqs.list.page': ['seite', 'Seitennummer'],
  'faqs.history': ['verlauf', 'Wer einen Eintrag wann geändert hat'],
  'faqs.history.entry': ['eintrag', 'Welcher Eintrag'],
  'faqs.export': ['exportieren', 'Die Einträge dieses Servers als ZIP mit Markdown-Dateien'],
  'faqs.import': ['importieren', 'Einträge aus einem ZIP mit Markdown-Dateien hinzufügen oder ersetzen (alle oder keine)'],
  'faqs.import.file': ['datei', 'Eine .zip aus /faqs export oder eine einzelne .md-Datei'],
  'faqs.stats': ['statistik', 'Meist- und wenig genutzte Einträge und die seit 90 Tagen ungenutzten'],
  'faqs.moderators': ['moderatoren', 'Die Rolle, die neben „Nachrichten verwalten“ Einträge verwalten darf'],
  'faqs.moderators.role': ['rolle', 'Mitglieder mit dieser Rolle dürfen die FAQ verwalten'],
  'faqs.moderators.clear': ['zurücksetzen', 'Wieder nur „Nachrichten verwalten“'],
  kb: ['kb', 'Werkzeuge für die Wissensdatenbank (Moderatoren)'],
  'kb.reload': ['neuladen', 'Artikel und FAQ-Einträge neu von der Festplatte laden'],
  'kb.gaps': ['lücken', 'Die häufigsten Fehler, die netmedic hier nicht beantworten konnte'],
  'kb.gaps.days': ['tage', 'Wie weit zurück (Standard: 7)'],
  'kb.stats': ['statistik', 'Antwortquote, Hilfreich-Quote und häufigste Artikel pro Woche hier'],
  'kb.stats.weeks': ['wochen', 'Wie viele Wochen zurück (Standard: 4)'],
  'kb.phrases': ['phrasen', 'Die auf diesem Server beigebrachten Phrasen (netmedic beibringen) und eine entfernen'],
  'kb.phrases.remove': ['entfernen', 'Die Nummer der zu entfernenden Phrase (aus der Liste)'],
  netmedic: ['netmedic', 'Die Einstellungen von netmedic für diesen Server (Moderatoren)'],
  'netmedic.settings': ['einstellungen', 'Einstellungen dieses Servers anzeigen oder ändern'],
  'netmedic.settings.learning': ['lernen', 'Unbeantwortete Fehler für /kb gaps aufzeichnen (Standard: an)'],
  'netmedic.settings.retention_days': ['aufbewahrung_tage', 'Tage, die Fehler, Antworten und Stimmen behalten werden (0: Standard des Bots)'],
  'Teach netmedic': ['netmedic beibringen'],
  xtream: ['xtream', 'Prüfen Sie Ihre IPTV-Leitung privat: Status, Ablauf, Verbindungen, Senderlisten'],
};

const IT: Table = {
  about: ['info', 'Cos’è netmedic, versione, tempo di attività e dimensione della base di conoscenza'],
  'Answer with FAQ': ['Rispondi con una FAQ'],
  check: ['verifica', 'Verifica un server dalla rete del bot: DNS, porta, TLS, HTTP, pannello Xtream'],
  'check.target': ['destinazione', 'host:porta, [ipv6]:porta o un URL (mai inserire password)'],
  'check.protocol': ['protocollo', 'auto (predefinito), tcp, http, https, xtream, minecraft, source o game:<id GameDig>'],
  'check.public': ['pubblico', 'Mostra il risultato nel canale (predefinito: sì)'],
  'check.from': ['da', 'Verifica anche da agenti su altre reti: all, o località (a,b)'],
  'Explain this error': ['Spiega questo errore'],
  explain: ['spiega', 'Spiega un errore di rete: incolla il testo dell’errore'],
  'explain.text': ['testo', 'L’errore come l’hai visto (ECONNREFUSED, ERR_CONNECTION_TIMED_OUT, curl: (7) …)'],
  'explain.public': ['pubblico', 'Mostra la risposta nel canale (predefinito: sì)'],
  faq: ['faq', 'Pubblica una voce delle FAQ in questo canale (moderatori)'],
  'faq.entry': ['voce', 'Quale voce'],
  'faq.user': ['utente', 'Per chi è (viene menzionata solo questa persona)'],
  faqs: ['faqs', 'Gestisci le voci FAQ di questo server (moderatori)'],
  'faqs.add': ['aggiungi', 'Scrivi una nuova voce (un modulo, poi un’anteprima)'],
  'faqs.edit': ['modifica', 'Modifica una voce (modulo già compilato)'],
  'faqs.edit.entry': ['voce', 'Quale voce'],
  'faqs.remove': ['rimuovi', 'Rimuovi una voce (quelle incluse vengono nascoste)'],
  'faqs.remove.entry': ['voce', 'Quale voce'],
  'faqs.alias': ['alias', 'Aggiungi o rimuovi parole di ricerca di una voce'],
  'faqs.alias.entry': ['voce', 'Quale voce'],
  'faqs.alias.add': ['aggiungi', 'Alias da aggiungere, separati da virgole'],
  'faqs.alias.remove': ['rimuovi', 'Alias da rimuovere, separati da virgole'],
  'faqs.pin': ['fissa', 'Fissa o sblocca una voce (quelle fissate sono proposte per prime)'],
  'faqs.pin.entry': ['voce', 'Quale voce'],
  'faqs.restore': ['ripristina', 'Riporta una voce inclusa com’era in origine'],
  'faqs.restore.entry': ['voce', 'Quale voce inclusa'],
  'faqs.list': ['elenco', 'Le voci di questo server'],
  'faqs.list.page': ['pagina', 'Numero di pagina'],
  'faqs.history': ['cronologia', 'Chi ha modificato una voce, e quando'],
  'faqs.history.entry': ['voce', 'Quale voce'],
  'faqs.export': ['esporta', 'Le voci di questo server come zip di file markdown'],
  'faqs.import': ['importa', 'Aggiungi o sostituisci voci da uno zip di file markdown (tutto o niente)'],
  'faqs.import.file': ['file', 'Uno .zip da /faqs export, o un solo file .md'],
  'faqs.stats': ['statistiche', 'Voci più e meno usate, e quelle non usate da 90 giorni'],
  'faqs.moderators': ['moderatori', 'Il ruolo che può gestire le voci oltre a Gestire i messaggi'],
  'faqs.moderators.role': ['ruolo', 'I membri con questo ruolo possono gestire le FAQ'],
  'faqs.moderators.clear': ['azzera', 'Di nuovo solo Gestire i messaggi'],
  kb: ['kb', 'Strumenti della base di conoscenza (moderatori)'],
  'kb.reload': ['ricarica', 'Ricarica articoli e FAQ dal disco'],
  'kb.gaps': ['lacune', 'Gli errori più frequenti a cui netmedic non ha saputo rispondere qui'],
  'kb.gaps.days': ['giorni', 'Quanti giorni indietro (predefinito: 7)'],
  'kb.stats': ['statistiche', 'Tasso di risposta, tasso di utilità e articoli principali per settimana qui'],
  'kb.stats.weeks': ['settimane', 'Quante settimane indietro (predefinito: 4)'],
  'kb.phrases': ['frasi', 'Le frasi insegnate in questo server (Insegna a netmedic) e rimuoverne una'],
  'kb.phrases.remove': ['rimuovi', 'Il numero della frase da rimuovere (dall’elenco)'],
  netmedic: ['netmedic', 'Le impostazioni di netmedic per questo server (moderatori)'],
  'netmedic.settings': ['impostazioni', 'Mostra o cambia le impostazioni di questo server'],
  'netmedic.settings.learning': ['apprendimento', 'Registra gli errori senza risposta per /kb gaps (predefinito: attivo)'],
  'netmedic.settings.retention_days': ['giorni_conservazione', 'Giorni di conservazione di errori, risposte e voti (0: predefinito del bot)'],
  'Teach netmedic': ['Insegna a netmedic'],
  xtream: ['xtream', 'Controlla la tua linea IPTV in privato: stato, scadenza, connessioni, liste canali'],
};

const TR: Table = {
  about: ['hakkında', 'netmedic nedir: sürümü, çalışma süresi ve bilgi tabanının boyutu'],
  'Answer with FAQ': ['SSS ile yanıtla'],
  check: ['kontrol', 'Bir sunucuyu botun ağından kontrol eder: DNS, port, TLS, HTTP, Xtream paneli'],
  'check.target': ['hedef', 'host:port, [ipv6]:port veya bir URL (asla parola eklemeyin)'],
  'check.protocol': ['protokol', 'auto (varsayılan), tcp, http, https, xtream, minecraft, source veya game:<GameDig kimliği>'],
  'check.public': ['herkese-açık', 'Sonucu kanalda göster (varsayılan: evet)'],
  'check.from': ['nereden', 'Başka ağlardaki yoklama ajanlarından da kontrol et: all veya konumlar (a,b)'],
  'Explain this error': ['Bu hatayı açıkla'],
  explain: ['açıkla', 'Bir ağ hatasını açıklar: hata metnini yapıştırın'],
  'explain.text': ['metin', 'Hata, gördüğünüz gibi (ECONNREFUSED, ERR_CONNECTION_TIMED_OUT, curl: (7) …)'],
  'explain.public': ['herkese-açık', 'Yanıtı kanalda göster (varsayılan: evet)'],
  faq: ['sss', 'Bu kanala bir SSS girdisi gönderir (moderatörler)'],
  'faq.entry': ['girdi', 'Hangi girdi'],
  'faq.user': ['kullanıcı', 'Kimin için (yalnızca bu kişi etiketlenir)'],
  faqs: ['sss-yönet', 'Bu sunucunun SSS girdilerini yönetir (moderatörler)'],
  'faqs.add': ['ekle', 'Yeni bir girdi yaz (önce form, sonra önizleme)'],
  'faqs.edit': ['düzenle', 'Bir girdiyi değiştir (önceden doldurulmuş form)'],
  'faqs.edit.entry': ['girdi', 'Hangi girdi'],
  'faqs.remove': ['kaldır', 'Bir girdiyi kaldır (hazır gelenler gizlenir)'],
  'faqs.remove.entry': ['girdi', 'Hangi girdi'],
  'faqs.alias': ['takma-ad', 'Bir girdinin arama sözcüklerini ekle veya kaldır'],
  'faqs.alias.entry': ['girdi', 'Hangi girdi'],
  'faqs.alias.add': ['ekle', 'Eklenecek takma adlar, virgülle ayrılmış'],
  'faqs.alias.remove': ['kaldır', 'Kaldırılacak takma adlar, virgülle ayrılmış'],
  'faqs.pin': ['sabitle', 'Bir girdiyi sabitle veya sabitlemeyi kaldır (sabitlenenler önce sunulur)'],
  'faqs.pin.entry': ['girdi', 'Hangi girdi'],
  'faqs.restore': ['geri-yükle', 'Hazır gelen bir girdiyi ilk hâliyle geri getir'],
  'faqs.restore.entry': ['girdi', 'Hangi hazır girdi'],
  'faqs.list': ['liste', 'Bu sunucunun girdileri'],
  'faqs.list.page': ['sayfa', 'Sayfa numarası'],
  'faqs.history': ['geçmiş', 'Bir girdiyi kim, ne zaman değiştirdi'],
  'faqs.history.entry': ['girdi', 'Hangi girdi'],
  'faqs.export': ['dışa-aktar', 'Bu sunucunun girdileri, markdown dosyalarından oluşan bir zip olarak'],
  'faqs.import': ['içe-aktar', 'Markdown dosyalarından oluşan bir zip ile girdi ekle veya değiştir (hepsi ya da hiçbiri)'],
  'faqs.import.file': ['dosya', '/faqs export ile alınmış bir .zip veya tek bir .md dosyası'],
  'faqs.stats': ['istatistik', 'En çok ve en az kullanılan girdiler, 90 gündür kullanılmayanlar'],
  'faqs.moderators': ['moderatörler', 'Mesajları Yönet iznine ek olarak girdileri yönetebilen rol'],
  'faqs.moderators.role': ['rol', 'Bu role sahip üyeler SSS’yi yönetebilir'],
  'faqs.moderators.clear': ['temizle', 'Yeniden yalnızca Mesajları Yönet'],
  kb: ['kb', 'Bilgi tabanı araçları (moderatörler)'],
  'kb.reload': ['yeniden-yükle', 'Makaleleri ve SSS girdilerini diskten yeniden yükle'],
  'kb.gaps': ['boşluklar', 'netmedic’in burada yanıtlayamadığı en sık hatalar'],
  'kb.gaps.days': ['gün', 'Kaç gün geriye (varsayılan: 7)'],
  'kb.stats': ['istatistik', 'Buradaki haftalık yanıt oranı, faydalı oranı ve en çok kullanılan makaleler'],
  'kb.stats.weeks': ['hafta', 'Kaç hafta geriye (varsayılan: 4)'],
  'kb.phrases': ['ifadeler', 'Bu sunucuda öğretilen ifadeler (netmedic’e öğret) ve birini kaldırma'],
  'kb.phrases.remove': ['kaldır', 'Kaldırılacak ifadenin numarası (listeden)'],
  netmedic: ['netmedic', 'netmedic’in bu sunucudaki ayarları (moderatörler)'],
  'netmedic.settings': ['ayarlar', 'Bu sunucunun ayarlarını göster veya değiştir'],
  'netmedic.settings.learning': ['öğrenme', 'Yanıtlanamayan hataları /kb gaps için kaydet (varsayılan: açık)'],
  'netmedic.settings.retention_days': ['saklama_günü', 'Hatalar, yanıtlar ve oyların saklandığı gün sayısı (0: botun varsayılanı)'],
  'Teach netmedic': ['netmedic’e öğret'],
  xtream: ['xtream', 'IPTV hattınızı gizlice kontrol edin: durum, bitiş, bağlantılar, kanal listeleri'],
};

const RU: Table = {
  about: ['о-боте', 'Что такое netmedic: версия, время работы и размер базы знаний'],
  'Answer with FAQ': ['Ответить из FAQ'],
  check: ['проверить', 'Проверить сервер из сети бота: DNS, порт, TLS, HTTP, панель Xtream'],
  'check.target': ['цель', 'хост:порт, [ipv6]:порт или URL (никогда не указывайте пароли)'],
  'check.protocol': ['протокол', 'auto (по умолчанию), tcp, http, https, xtream, minecraft, source или game:<id GameDig>'],
  'check.public': ['публично', 'Показать результат в канале (по умолчанию: да)'],
  'check.from': ['откуда', 'Проверить также с агентов в других сетях: all или места (a,b)'],
  'Explain this error': ['Объяснить ошибку'],
  explain: ['объяснить', 'Объяснить сетевую ошибку: вставьте текст ошибки'],
  'explain.text': ['текст', 'Ошибка в том виде, как вы её увидели (ECONNREFUSED, ERR_CONNECTION_TIMED_OUT, curl: (7) …)'],
  'explain.public': ['публично', 'Показать ответ в канале (по умолчанию: да)'],
  faq: ['faq', 'Опубликовать запись FAQ в этом канале (модераторы)'],
  'faq.entry': ['запись', 'Какая запись'],
  'faq.user': ['пользователь', 'Для кого (упоминается только этот человек)'],
  faqs: ['faqs', 'Управление записями FAQ этого сервера (модераторы)'],
  'faqs.add': ['добавить', 'Написать новую запись (форма, затем предпросмотр)'],
  'faqs.edit': ['изменить', 'Изменить запись (заполненная форма)'],
  'faqs.edit.entry': ['запись', 'Какая запись'],
  'faqs.remove': ['удалить', 'Удалить запись (встроенные скрываются)'],
  'faqs.remove.entry': ['запись', 'Какая запись'],
  'faqs.alias': ['синонимы', 'Добавить или убрать слова для поиска записи'],
  'faqs.alias.entry': ['запись', 'Какая запись'],
  'faqs.alias.add': ['добавить', 'Синонимы для добавления, через запятую'],
  'faqs.alias.remove': ['удалить', 'Синонимы для удаления, через запятую'],
  'faqs.pin': ['закрепить', 'Закрепить или открепить запись (закреплённые предлагаются первыми)'],
  'faqs.pin.entry': ['запись', 'Какая запись'],
  'faqs.restore': ['восстановить', 'Вернуть встроенную запись в исходном виде'],
  'faqs.restore.entry': ['запись', 'Какая встроенная запись'],
  'faqs.list': ['список', 'Записи этого сервера'],
  'faqs.list.page': ['страница', 'Номер страницы'],
  'faqs.history': ['история', 'Кто и когда менял запись'],
  'faqs.history.entry': ['запись', 'Какая запись'],
  'faqs.export': ['экспорт', 'Записи этого сервера в виде zip с файлами markdown'],
  'faqs.import': ['импорт', 'Добавить или заменить записи из zip с файлами markdown (всё или ничего)'],
  'faqs.import.file': ['файл', '.zip из /faqs export или один файл .md'],
  'faqs.stats': ['статистика', 'Самые и наименее используемые записи и те, что не использовались 90 дней'],
  'faqs.moderators': ['модераторы', 'Роль, которая может управлять записями помимо «Управлять сообщениями»'],
  'faqs.moderators.role': ['роль', 'Участники с этой ролью могут управлять FAQ'],
  'faqs.moderators.clear': ['сбросить', 'Снова только «Управлять сообщениями»'],
  kb: ['kb', 'Инструменты базы знаний (модераторы)'],
  'kb.reload': ['перезагрузить', 'Заново загрузить статьи и FAQ с диска'],
  'kb.gaps': ['пробелы', 'Самые частые ошибки, на которые netmedic не смог ответить здесь'],
  'kb.gaps.days': ['дни', 'За сколько дней (по умолчанию: 7)'],
  'kb.stats': ['статистика', 'Доля ответов, доля полезных и главные статьи по неделям здесь'],
  'kb.stats.weeks': ['недели', 'За сколько недель (по умолчанию: 4)'],
  'kb.phrases': ['фразы', 'Фразы, которым научили на этом сервере (Научить netmedic), и удаление фразы'],
  'kb.phrases.remove': ['удалить', 'Номер фразы для удаления (из списка)'],
  netmedic: ['netmedic', 'Настройки netmedic для этого сервера (модераторы)'],
  'netmedic.settings': ['настройки', 'Показать или изменить настройки этого сервера'],
  'netmedic.settings.learning': ['обучение', 'Записывать ошибки без ответа для /kb gaps (по умолчанию: вкл.)'],
  'netmedic.settings.retention_days': ['дней_хранения', 'Сколько дней хранить ошибки, ответы и голоса (0: значение бота)'],
  'Teach netmedic': ['Научить netmedic'],
  xtream: ['xtream', 'Проверьте свою IPTV-линию приватно: статус, срок, подключения, списки каналов'],
};

export const COMMAND_TRANSLATIONS: Readonly<Record<CommandLocale, Table>> = {
  'es-ES': ES,
  'es-419': ES_419,
  'pt-BR': PT_BR,
  fr: FR,
  de: DE,
  it: IT,
  tr: TR,
  ru: RU,
};

type Localizations = Partial<Record<CommandLocale, string>>;

function localizationsFor(path: string): { names: Localizations; descriptions: Localizations } {
  const names: Localizations = {};
  const descriptions: Localizations = {};
  for (const locale of COMMAND_LOCALES) {
    const entry = COMMAND_TRANSLATIONS[locale][path];
    if (!entry) continue;
    names[locale] = entry[0];
    if (entry[1] !== undefined) descriptions[locale] = entry[1];
  }
  return { names, descriptions };
}

interface Localizable {
  name: string;
  description?: string;
  options?: readonly unknown[];
}

function localizeNode<T extends Localizable>(node: T, path: string): T {
  const { names, descriptions } = localizationsFor(path);
  const out: T & { name_localizations?: Localizations; description_localizations?: Localizations } = { ...node };
  if (Object.keys(names).length) out.name_localizations = names;
  if (node.description !== undefined && Object.keys(descriptions).length) out.description_localizations = descriptions;
  if (Array.isArray(node.options)) {
    out.options = node.options.map((o) => {
      const opt = o as Localizable;
      return typeof opt.name === 'string' ? localizeNode(opt, `${path}.${opt.name}`) : o;
    });
  }
  return out;
}

/** The definition with `name_localizations` / `description_localizations` on it and on every option. */
export function localizeDefinition(def: CommandDefinition): CommandDefinition {
  return localizeNode(def as CommandDefinition & Localizable, def.name);
}

/** Every path of a definition (`command`, `command.option`, …), for the completeness test. */
export function definitionPaths(def: CommandDefinition): string[] {
  const out: string[] = [];
  const walk = (node: Localizable, path: string) => {
    out.push(path);
    for (const o of node.options ?? []) {
      const opt = o as Localizable;
      if (typeof opt.name === 'string') walk(opt, `${path}.${opt.name}`);
    }
  };
  walk(def as CommandDefinition & Localizable, def.name);
  return out;
}
