<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bubuh::DemoService</name>
    <message>
        <source>The demo service could not start: %1</source>
        <translation>The demo service could not start: %1</translation>
    </message>
</context>
<context>
    <name>bubuh::EmeteraiClient</name>
    <message>
        <source>Cannot reach the e-Meterai service. Check the internet connection; Bubuh will try again.</source>
        <translation>Cannot reach the e-Meterai service. Check the internet connection; Bubuh will try again.</translation>
    </message>
    <message>
        <source>The session has ended. Please sign in again.</source>
        <translation>The session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>The e-Meterai service is busy. Bubuh will try again shortly.</source>
        <translation>The e-Meterai service is busy. Bubuh will try again shortly.</translation>
    </message>
    <message>
        <source>The e-Meterai service answered with an error (HTTP %1).</source>
        <translation>The e-Meterai service answered with an error (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>bubuh::MainWindow</name>
    <message>
        <source>Bubuh: e-Meterai</source>
        <translation>Bubuh: e-Meterai</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>1. Account &amp;&amp; quota</source>
        <translation>1. Account &amp;&amp; quota</translation>
    </message>
    <message>
        <source>2. Documents</source>
        <translation>2. Documents</translation>
    </message>
    <message>
        <source>3. Position</source>
        <translation>3. Position</translation>
    </message>
    <message>
        <source>4. Stamp &amp;&amp; check</source>
        <translation>4. Stamp &amp;&amp; check</translation>
    </message>
    <message>
        <source>Account and quota</source>
        <translation>Account and quota</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Open the PDF documents to stamp. Everything in this step works offline.</source>
        <translation>Open the PDF documents to stamp. Everything in this step works offline.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Drag the stamp to where it belongs on the page.</source>
        <translation>Drag the stamp to where it belongs on the page.</translation>
    </message>
    <message>
        <source>Stamp and check</source>
        <translation>Stamp and check</translation>
    </message>
    <message>
        <source>Stamp the documents, check the result offline, and save it next to the original.</source>
        <translation>Stamp the documents, check the result offline, and save it next to the original.</translation>
    </message>
    <message>
        <source>Demo mode: simulator at %1</source>
        <translation>Demo mode: simulator at %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>%1 · connecting…</source>
        <translation>%1 · connecting…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <source>%1 · connected</source>
        <translation>%1 · connected</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>%1 · problem: %2</source>
        <translation>%1 · problem: %2</translation>
    </message>
    <message>
        <source>Quota: %1 · waiting to be stamped: %2</source>
        <translation>Quota: %1 · waiting to be stamped: %2</translation>
    </message>
    <message>
        <source>Quota: –</source>
        <translation>Quota: –</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>You have %n e-Meterai left.</source>
        <translation>
            <numerusform>You have %n e-Meterai left.</numerusform>
            <numerusform>You have %n e-Meterai left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a distributor account to see and buy quota.</source>
        <translation>Sign in to a distributor account to see and buy quota.</translation>
    </message>
</context>
<context>
    <name>bubuh::ReplyParser</name>
    <message>
        <source>The service sent a reply Bubuh cannot read. This is usually temporary while the service is overloaded; Bubuh will check again.</source>
        <translation>The service sent a reply Bubuh cannot read. This is usually temporary while the service is overloaded; Bubuh will check again.</translation>
    </message>
    <message>
        <source>The e-Meterai service refused the request: %1</source>
        <translation>The e-Meterai service refused the request: %1</translation>
    </message>
</context>
<context>
    <name>bubuh::ServiceProfile</name>
    <message>
        <source>The service address &quot;%1&quot; is not allowed. Use an https:// address; plain http:// is only allowed to this computer.</source>
        <translation>The service address &quot;%1&quot; is not allowed. Use an https:// address; plain http:// is only allowed to this computer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bubuh</source>
        <translation>Bubuh</translation>
    </message>
</context>
</TS>
