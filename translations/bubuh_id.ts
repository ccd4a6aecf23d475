<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>bubuh::DemoService</name>
    <message>
        <source>The demo service could not start: %1</source>
        <translation>Layanan demo tidak dapat dimulai: %1</translation>
    </message>
</context>
<context>
    <name>bubuh::EmeteraiClient</name>
    <message>
        <source>Cannot reach the e-Meterai service. Check the internet connection; Bubuh will try again.</source>
        <translation>Layanan e-Meterai tidak dapat dihubungi. Periksa koneksi internet; Bubuh akan mencoba lagi.</translation>
    </message>
    <message>
        <source>The session has ended. Please sign in again.</source>
        <translation>Sesi telah berakhir. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>The e-Meterai service is busy. Bubuh will try again shortly.</source>
        <translation>Layanan e-Meterai sedang sibuk. Bubuh akan segera mencoba lagi.</translation>
    </message>
    <message>
        <source>The e-Meterai service answered with an error (HTTP %1).</source>
        <translation>Layanan e-Meterai menjawab dengan galat (HTTP %1).</translation>
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
        <translation>Langkah</translation>
    </message>
    <message>
        <source>1. Account &amp;&amp; quota</source>
        <translation>1. Akun &amp;&amp; Kuota</translation>
    </message>
    <message>
        <source>2. Documents</source>
        <translation>2. Dokumen</translation>
    </message>
    <message>
        <source>3. Position</source>
        <translation>3. Posisi</translation>
    </message>
    <message>
        <source>4. Stamp &amp;&amp; check</source>
        <translation>4. Bubuhkan &amp;&amp; Periksa</translation>
    </message>
    <message>
        <source>Account and quota</source>
        <translation>Akun dan kuota</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Open the PDF documents to stamp. Everything in this step works offline.</source>
        <translation>Buka dokumen PDF yang akan dibubuhi meterai. Semua di langkah ini bekerja tanpa internet.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Drag the stamp to where it belongs on the page.</source>
        <translation>Seret meterai ke tempatnya di halaman.</translation>
    </message>
    <message>
        <source>Stamp and check</source>
        <translation>Bubuhkan dan periksa</translation>
    </message>
    <message>
        <source>Stamp the documents, check the result offline, and save it next to the original.</source>
        <translation>Bubuhkan meterai pada dokumen, periksa hasilnya tanpa internet, lalu simpan di samping dokumen asli.</translation>
    </message>
    <message>
        <source>Demo mode: simulator at %1</source>
        <translation>Mode demo: simulator di %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>%1 · connecting…</source>
        <translation>%1 · menghubungkan…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Masuk sebagai %1…</translation>
    </message>
    <message>
        <source>%1 · connected</source>
        <translation>%1 · terhubung</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Masuk: %1</translation>
    </message>
    <message>
        <source>%1 · problem: %2</source>
        <translation>%1 · masalah: %2</translation>
    </message>
    <message>
        <source>Quota: %1 · waiting to be stamped: %2</source>
        <translation>Kuota: %1 · menunggu dibubuhkan: %2</translation>
    </message>
    <message>
        <source>Quota: –</source>
        <translation>Kuota: –</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Masuk sebagai %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>You have %n e-Meterai left.</source>
        <translation>
            <numerusform>Sisa kuota Anda %n e-Meterai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a distributor account to see and buy quota.</source>
        <translation>Masuk ke akun distributor untuk melihat dan membeli kuota.</translation>
    </message>
</context>
<context>
    <name>bubuh::ReplyParser</name>
    <message>
        <source>The service sent a reply Bubuh cannot read. This is usually temporary while the service is overloaded; Bubuh will check again.</source>
        <translation>Layanan mengirim jawaban yang tidak dapat dibaca Bubuh. Biasanya ini sementara saat layanan kelebihan beban; Bubuh akan memeriksa lagi.</translation>
    </message>
    <message>
        <source>The e-Meterai service refused the request: %1</source>
        <translation>Layanan e-Meterai menolak permintaan: %1</translation>
    </message>
</context>
<context>
    <name>bubuh::ServiceProfile</name>
    <message>
        <source>The service address &quot;%1&quot; is not allowed. Use an https:// address; plain http:// is only allowed to this computer.</source>
        <translation>Alamat layanan &quot;%1&quot; tidak diizinkan. Gunakan alamat https://; http:// biasa hanya diizinkan ke komputer ini.</translation>
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
