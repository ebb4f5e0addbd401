<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>JournalAdminText</name>
    <message numerus="yes">
        <location filename="../client/journaladmintext.cpp" line="20"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="46"/>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="48"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="50"/>
        <source>homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="52"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="55"/>
        <source>kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="58"/>
        <source>control work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="59"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="59"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="61"/>
        <source>plan topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="80"/>
        <source>5-point (2–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="82"/>
        <source>10-point (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="84"/>
        <source>Pass / fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="91"/>
        <source>Marks, attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="93"/>
        <source>Lesson card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="95"/>
        <source>Final mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../client/plantext.cpp" line="25"/>
        <source>Fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="27"/>
        <source>Hours: a number from 0.1 to 99 with at most one decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="29"/>
        <source>The weight is a number from 0.1 to 10 with at most one decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="31"/>
        <source>Not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="33"/>
        <source>Must lie within the school year, %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="36"/>
        <source>Must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="38"/>
        <source>Already used by «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="39"/>
        <source>This name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plantext.cpp" line="41"/>
        <source>The load already has a plan of %n topic(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="43"/>
        <source>That load has no plan to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="44"/>
        <source>Choose another load to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="46"/>
        <source>The topic belongs to another load; refresh the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="48"/>
        <source>The school year is closed and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="51"/>
        <source>Not possible: %1 and %2 of this school year are not on this scale. Correct those marks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plantext.cpp" line="53"/>
        <source>%n mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plantext.cpp" line="54"/>
        <source>%n final mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plantext.cpp" line="57"/>
        <source>%n row(s) of the file have problems; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminCorrections</name>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="45"/>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="48"/>
        <source>&amp;Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="52"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="54"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="55"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="56"/>
        <location filename="../client/journaladmincorrections.cpp" line="71"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="57"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="59"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="61"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="62"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="64"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="66"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="67"/>
        <location filename="../client/journaladmincorrections.cpp" line="80"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="79"/>
        <source>Not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="87"/>
        <source>Approve the selected corrections (Ctrl+Return); Ctrl+A selects all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="91"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="96"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/journaladmincorrections.cpp" line="185"/>
        <source>%n correction(s) approved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminPage</name>
    <message>
        <location filename="../client/journaladminpage.cpp" line="23"/>
        <source>&amp;Kinds of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="24"/>
        <source>Mark &amp;scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="25"/>
        <source>Correction &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="28"/>
        <source>&amp;Late corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="34"/>
        <source>Journal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="35"/>
        <source>Kinds of work and their weights in the average mark, the mark scale of each subject, how long marks may be corrected without a reason, and the corrections made later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminScales</name>
    <message>
        <location filename="../client/journaladminscales.cpp" line="25"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="26"/>
        <source>Mark scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="30"/>
        <source>&amp;Change scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="38"/>
        <source>A scale can change only while no mark of this school year falls off it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="41"/>
        <source>Scale of the selected subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="95"/>
        <source>The scale of «%1» was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="100"/>
        <source>«%1» is now marked on the scale «%2».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminWindow</name>
    <message>
        <location filename="../client/journaladminscales.cpp" line="109"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="113"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="116"/>
        <source>A teacher may change the marks, attendance and lesson card of a lesson within this many days after it. Later changes, and any change in a closed period, need a reason and appear under «Late corrections» for the deputy. 0 days: only on the day of the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="123"/>
        <source>Correction window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/journaladminscales.cpp" line="163"/>
        <source>Saved: marks may be changed without a reason for %n day(s) after the lesson.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminWorkTypes</name>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="84"/>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="85"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="86"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="89"/>
        <source>For absent students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="90"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="91"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="92"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="92"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="95"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="113"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="113"/>
        <source>Add a kind of work (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="114"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="114"/>
        <source>Edit the kind of work (Return, F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="115"/>
        <source>&amp;Archive / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="115"/>
        <source>Archive the kind of work or bring it back (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="117"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="117"/>
        <source>Move up in the lists (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="119"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="119"/>
        <source>Move down in the lists (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="146"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="180"/>
        <source>The kind of work «%1» has been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="187"/>
        <source>The kind of work «%1» has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="215"/>
        <source>«%1» is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="218"/>
        <source>Archive kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="219"/>
        <source>Archive «%1»? Teachers will no longer choose it for new marks; the marks already given keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="223"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="224"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="228"/>
        <source>«%1» has been archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanCopyDialog</name>
    <message>
        <location filename="../client/plancopydialog.cpp" line="28"/>
        <source>Copy a plan from another load</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plancopydialog.cpp" line="31"/>
        <source>Replace the current plan (%n topic(s)); lessons keep their topics</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="39"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="41"/>
        <source>Copy from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="90"/>
        <source>%1, %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="106"/>
        <source>There is no other load to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanDistributeDialog</name>
    <message>
        <location filename="../client/planitemdialog.cpp" line="101"/>
        <source>Date the plan from the timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="108"/>
        <source>Topics not yet covered by a held lesson get, in order, the dates of the coming lessons of this load: one lesson per hour. Topics beyond the last lesson lose their date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="113"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="114"/>
        <source>Set dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanFactModel</name>
    <message>
        <location filename="../client/planmodels.cpp" line="149"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="150"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="151"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="152"/>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="153"/>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="154"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="163"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="165"/>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="167"/>
        <source>Behind the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="168"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanFactTab</name>
    <message>
        <location filename="../client/planfacttab.cpp" line="23"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="25"/>
        <source>Topic written in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="28"/>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="40"/>
        <source>&lt;span style=&apos;background:#dff3e1&apos;&gt;&amp;nbsp;done&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fdf0d0&apos;&gt;&amp;nbsp;done later than planned&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fbdddb&apos;&gt;&amp;nbsp;behind the plan&amp;nbsp;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="45"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="54"/>
        <source>Lessons held without a topic from the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="74"/>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="103"/>
        <source>Planned: %1 h, held: %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanFormDialog</name>
    <message>
        <location filename="../client/planform.cpp" line="27"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planform.cpp" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanImportDialog</name>
    <message numerus="yes">
        <location filename="../client/planimportdialog.cpp" line="52"/>
        <source>Replace the current plan (%n topic(s)); lessons keep their topics</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="35"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="36"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="37"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="38"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="40"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="42"/>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="43"/>
        <source>Control work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="44"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="58"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="61"/>
        <source>Import the plan from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="64"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="65"/>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="76"/>
        <source>The first line names the columns: «Раздел», «Тема» (required), «Часы», «Дата», «Домашнее задание», «Контрольная». Fields are separated by «;», «,» or tabs, as Excel saves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="105"/>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="106"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="118"/>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="131"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planimportdialog.cpp" line="143"/>
        <source>The file is correct: %n topic(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="154"/>
        <source>Tick «Replace» to import over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanItemDialog</name>
    <message>
        <location filename="../client/planitemdialog.cpp" line="19"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="19"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="23"/>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="24"/>
        <source>Control work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="29"/>
        <source>e.g. Natural numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="48"/>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="49"/>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="50"/>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="51"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="52"/>
        <source>Homework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="72"/>
        <source>Fill in the topic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanItemsModel</name>
    <message>
        <location filename="../client/planmodels.cpp" line="41"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="42"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="43"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="44"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="45"/>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="46"/>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="47"/>
        <location filename="../client/planmodels.cpp" line="86"/>
        <source>Control work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="49"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanItemsTab</name>
    <message>
        <location filename="../client/planitemstab.cpp" line="48"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="69"/>
        <source>&amp;New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="69"/>
        <source>Add a topic after the current one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="71"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="71"/>
        <source>Edit the current topic in a form (Return, F2); double click or type to edit a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="73"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="73"/>
        <source>Delete the current topic (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="75"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="75"/>
        <source>Move the topic up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="77"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="77"/>
        <source>Move the topic down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="92"/>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="92"/>
        <source>Read the plan from a CSV file (Excel: «Save as CSV»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="94"/>
        <source>&amp;Copy from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="94"/>
        <source>Copy the plan of another load, e.g. last year&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="96"/>
        <source>Set &amp;dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="96"/>
        <source>Give the topics the dates of the coming lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="192"/>
        <source>The topic «%1» has been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="204"/>
        <source>The topic «%1» has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="219"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="231"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="232"/>
        <source>Delete the topic «%1» from the plan? Lessons linked to it keep their topic text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="236"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="237"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="249"/>
        <source>The topic «%1» has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="273"/>
        <source>The topic «%1» is back in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="309"/>
        <source>%n topic(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="322"/>
        <source>%n topic(s) copied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="336"/>
        <source>%n topic(s) got the dates of the coming lessons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="338"/>
        <source>%n topic(s) did not fit before the end of the year and have no date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanPage</name>
    <message>
        <location filename="../client/planpage.cpp" line="39"/>
        <source>View only: this plan is kept by the teacher of the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="42"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="43"/>
        <source>Plan &amp;versus fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="45"/>
        <source>&amp;Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="57"/>
        <source>Lesson plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="58"/>
        <source>The calendar-thematic plan (КТП) of each load: topics in order with hours and planned dates, and how the lessons held follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="107"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="117"/>
        <source>There are no loads of the current school year you may open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ejournal::client::WorkTypeDialog</name>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="36"/>
        <source>New kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="36"/>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="40"/>
        <source>May be given to a student who was absent (e.g. a make-up test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="53"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="54"/>
        <source>Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="55"/>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="64"/>
        <source>Fill in the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="66"/>
        <source>Fill in the short name shown in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
