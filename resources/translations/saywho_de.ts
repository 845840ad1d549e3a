<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleLoader</name>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>news feed</source>
        <translation>Nachrichten-Feed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device); Saywho only opens files.</source>
        <translation>Dies ist keine gewöhnliche Datei (sondern eine Pipe, ein Socket oder ein Gerät); Saywho öffnet nur Dateien.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Sie haben keine Berechtigung, diese Datei zu lesen.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Saywho opens articles up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; Saywho öffnet Artikel bis %2 MB.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a text file (%1).</source>
        <translation>Dies ist keine Textdatei (%1).</translation>
    </message>
    <message>
        <source>Saywho cannot read this kind of file (%1).</source>
        <translation>Saywho kann diese Art von Datei nicht lesen (%1).</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation>Dies ist keine Textdatei: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>The file holds no text, only white space.</source>
        <translation>Die Datei enthält keinen Text, nur Leerraum.</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>Die Datei enthält keinen Text.</translation>
    </message>
    <message>
        <source>feed entry</source>
        <translation>Feed-Eintrag</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Zitat mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>Copy Quote as &amp;Plain Text</source>
        <translation>Zitat als &amp;reinen Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Show in Speaker List</source>
        <translation>In der &amp;Sprecherliste zeigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>Eine Artikeldatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Clear Highlights</source>
        <translation>Hervorhebungen &amp;aufheben</translation>
    </message>
    <message>
        <source>Deselect the speaker and remove the highlights</source>
        <translation>Die Auswahl des Sprechers und die Hervorhebungen aufheben</translation>
    </message>
    <message>
        <source>&amp;About Saywho</source>
        <translation>&amp;Über Saywho</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening the file</source>
        <translation>Das Öffnen der Datei abbrechen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml)</source>
        <translation>Artikel (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <source>Open a news article with File › Open… or drop its file on this window. Saywho lists the people quoted in it; choose one to see what they said.</source>
        <translation>Öffnen Sie einen Nachrichtenartikel mit Datei › Öffnen … oder ziehen Sie seine Datei auf dieses Fenster. Saywho listet die darin zitierten Personen auf; wählen Sie eine aus, um zu sehen, was sie gesagt hat.</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Saywho cannot open this article.</source>
        <translation>Saywho kann diesen Artikel nicht öffnen.</translation>
    </message>
    <message>
        <source>Saywho cannot open “%1”.</source>
        <translation>Saywho kann „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>Keine zuletzt geöffneten Artikel</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Saywho</source>
        <translation>Saywho</translation>
    </message>
    <message>
        <source>No quotes found.</source>
        <translation>Keine Zitate gefunden.</translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation>%1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n Sprecher</numerusform>
            <numerusform>%n Sprechern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a speaker.</source>
        <translation>
            <numerusform>%n ohne Sprecher.</numerusform>
            <numerusform>%n ohne Sprecher.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Saywho</source>
        <translation>Über Saywho</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Saywho %1&lt;/h3&gt;&lt;p&gt;A news reader that shows who said what: it lists the people quoted in an article and highlights their words.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (Core, GUI, Widgets, Concurrent, Print Support).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Saywho %1&lt;/h3&gt;&lt;p&gt;Ein Nachrichtenleser, der zeigt, wer was gesagt hat: Er listet die in einem Artikel zitierten Personen auf und hebt ihre Worte hervor.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (Core, GUI, Widgets, Concurrent, Print Support).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Zuordnung</translation>
    </message>
    <message>
        <source>Quotes whose speaker Saywho could not tell</source>
        <translation>Zitate, deren Sprecher Saywho nicht bestimmen konnte</translation>
    </message>
    <message>
        <source>An organisation, not a person</source>
        <translation>Eine Organisation, keine Person</translation>
    </message>
    <message numerus="yes">
        <source>%n attribution(s) uncertain</source>
        <translation>
            <numerusform>%n Zuordnung unsicher</numerusform>
            <numerusform>%n Zuordnungen unsicher</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unattributed, %1</source>
        <translation>Ohne Zuordnung, %1</translation>
    </message>
    <message>
        <source>Reported speech</source>
        <translation>Indirekte Rede</translation>
    </message>
    <message>
        <source>The attribution to %1 is uncertain.</source>
        <translation>Die Zuordnung zu %1 ist unsicher.</translation>
    </message>
    <message>
        <source>(attribution uncertain)</source>
        <translation>(Zuordnung unsicher)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, role</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (reported speech)</source>
        <translation>%1 (indirekte Rede)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>quote — attribution</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Sort speakers</source>
        <translation>Sprecher sortieren</translation>
    </message>
    <message>
        <source>Order of the speakers</source>
        <translation>Reihenfolge der Sprecher</translation>
    </message>
    <message>
        <source>In order of appearance</source>
        <translation>In der Reihenfolge des Auftretens</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By number of quotes</source>
        <translation>Nach Anzahl der Zitate</translation>
    </message>
    <message>
        <source>Filter speakers</source>
        <translation>Sprecher filtern</translation>
    </message>
    <message>
        <source>No quotes found in this article.</source>
        <translation>In diesem Artikel wurden keine Zitate gefunden.</translation>
    </message>
    <message>
        <source>No speaker matches the filter.</source>
        <translation>Kein Sprecher passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>SpeakerTreeView</name>
    <message>
        <source>Speakers and their quotes</source>
        <translation>Sprecher und ihre Zitate</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A news reader that shows who said what.</source>
        <translation>Ein Nachrichtenleser, der zeigt, wer was gesagt hat.</translation>
    </message>
    <message>
        <source>Article files to open.</source>
        <translation>Zu öffnende Artikeldateien.</translation>
    </message>
    <message>
        <source>Print who said what in FILE as JSON (one line per file) and exit.</source>
        <translation>Als JSON ausgeben, wer in FILE was gesagt hat (eine Zeile pro Datei), und beenden.</translation>
    </message>
</context>
</TS>
