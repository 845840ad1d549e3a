<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleLoader</name>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device); Saywho only opens files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; Saywho opens articles up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saywho cannot read this kind of file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text, only white space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Quote as &amp;Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in Speaker List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deselect the speaker and remove the highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Saywho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a news article with File › Open… or drop its file on this window. Saywho lists the people quoted in it; choose one to see what they said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saywho cannot open this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saywho cannot open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saywho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a speaker.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Saywho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Saywho %1&lt;/h3&gt;&lt;p&gt;A news reader that shows who said what: it lists the people quoted in an article and highlights their words.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (Core, GUI, Widgets, Concurrent, Print Support).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes whose speaker Saywho could not tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attribution(s) uncertain</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattributed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution to %1 is uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(attribution uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reported speech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>quote — attribution</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order of appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By number of quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes found in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerTreeView</name>
    <message>
        <source>Speakers and their quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A news reader that shows who said what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print who said what in FILE as JSON (one line per file) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
