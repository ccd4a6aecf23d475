<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>bubuh-cli</name>
    <message>
        <source>What to do (see above).</source>
        <translation>Apa yang dikerjakan (lihat di atas).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Keluaran untuk dibaca mesin (JSON).</translation>
    </message>
    <message>
        <source>Language of messages: id (default) or en.</source>
        <translation>Bahasa pesan: id (bawaan) atau en.</translation>
    </message>
    <message>
        <source>Folder of the journal and settings.</source>
        <translation>Folder jurnal dan pengaturan.</translation>
    </message>
    <message>
        <source>One base URL for every service role (the simulator).</source>
        <translation>Satu alamat dasar untuk semua peran layanan (simulator).</translation>
    </message>
    <message>
        <source>An extra trusted root certificate (PEM).</source>
        <translation>Sertifikat akar tambahan yang dipercaya (PEM).</translation>
    </message>
    <message>
        <source>Seconds the service may stay busy before giving up.</source>
        <translation>Berapa detik layanan boleh sibuk sebelum menyerah.</translation>
    </message>
    <message>
        <source>Account name.</source>
        <translation>Nama akun.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Baca kata sandi dari masukan standar.</translation>
    </message>
    <message>
        <source>How many e-Meterai to buy.</source>
        <translation>Berapa e-Meterai yang dibeli.</translation>
    </message>
    <message>
        <source>Payment method: QRIS or VA.</source>
        <translation>Metode pembayaran: QRIS atau VA.</translation>
    </message>
    <message>
        <source>Follow the order until its quota arrives.</source>
        <translation>Pantau pesanan sampai kuotanya masuk.</translation>
    </message>
    <message>
        <source>Where to write the result.</source>
        <translation>Tempat menulis hasil.</translation>
    </message>
    <message>
        <source>Page for the stamp (1 = first).</source>
        <translation>Halaman untuk meterai (1 = pertama).</translation>
    </message>
    <message>
        <source>Stamp&apos;s left edge from the page&apos;s left as displayed.</source>
        <translation>Tepi kiri meterai dari tepi kiri halaman saat ditampilkan.</translation>
    </message>
    <message>
        <source>Stamp&apos;s top edge from the page&apos;s top as displayed.</source>
        <translation>Tepi atas meterai dari tepi atas halaman saat ditampilkan.</translation>
    </message>
    <message>
        <source>Stamp size (default 100 pt).</source>
        <translation>Ukuran meterai (bawaan 100 pt).</translation>
    </message>
    <message>
        <source>Unit of --x, --y, --size: pt or mm.</source>
        <translation>Satuan --x, --y, --size: pt atau mm.</translation>
    </message>
    <message>
        <source>A root certificate (PEM) that e-Meterai signatures are checked against; may be repeated.</source>
        <translation>Sertifikat akar (PEM) acuan pemeriksaan tanda tangan e-Meterai; boleh diulang.</translation>
    </message>
    <message>
        <source>The original document, to check it is unchanged.</source>
        <translation>Dokumen asli, untuk memeriksa bahwa isinya tidak berubah.</translation>
    </message>
    <message>
        <source>Service profile: demo, peruri-staging, peruri-produksi or lainnya (the addresses in settings).</source>
        <translation>Profil layanan: demo, peruri-staging, peruri-produksi, atau lainnya (alamat di pengaturan).</translation>
    </message>
    <message>
        <source>The distributor&apos;s shop address for the chosen profile.</source>
        <translation>Alamat toko distributor untuk profil yang dipilih.</translation>
    </message>
    <message>
        <source>Document type (jenisdoc): a kode (3) or a name (Surat Pernyataan). Default: kode 3.</source>
        <translation>Jenis dokumen (jenisdoc): kode (3) atau nama (Surat Pernyataan). Bawaan: kode 3.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Profil &quot;%1&quot; tidak dikenal. Pilih salah satu: %2.</translation>
    </message>
    <message>
        <source>When the window or another bubuh-cli holds the journal, wait for it instead of stopping.</source>
        <translation>Bila jendela Bubuh atau bubuh-cli lain sedang memegang jurnal, tunggu sampai selesai alih-alih berhenti.</translation>
    </message>
    <message>
        <source>A root certificate (PEM) of the time-stamping authority whose tokens prove when a stamp was made; may be repeated.</source>
        <translation>Sertifikat akar (PEM) otoritas cap waktu yang tokennya membuktikan kapan meterai dibubuhkan; boleh diulang.</translation>
    </message>
    <message>
        <source>Largest file the portal slot accepts, in KB (default: the limit chosen for documents of this name in the window, else 800).</source>
        <translation>Ukuran berkas terbesar yang diterima slot unggah portal, dalam KB (bawaan: batas yang dipilih di jendela untuk dokumen bernama serupa, selain itu 800).</translation>
    </message>
    <message>
        <source>shrink: the limit the stamped result must fit, in KB (default: as --upload-limit).</source>
        <translation>shrink: batas yang harus dipenuhi hasil bermeterai, dalam KB (bawaan: seperti --upload-limit).</translation>
    </message>
    <message>
        <source>shrink, topdf: the highest resolution images keep (default 150; 200 for small print).</source>
        <translation>shrink, topdf: resolusi tertinggi yang dipertahankan gambar (bawaan 150; 200 untuk tulisan kecil).</translation>
    </message>
    <message>
        <source>Bubuh: e-Meterai from the command line.

Commands:
  inspect FILE                      pre-flight checks, offline
  shrink FILE [--out OUT] [--limit KB] [--dpi N]
                                    a smaller copy whose stamped result fits, offline
  topdf IMAGE... --out OUT [--limit KB] [--dpi N]
                                    photos and scans (JPEG, PNG) to one A4 PDF
  place FILE --page P [--size S]    a blank spot for the stamp (--json: x, y, covered)
  login --user U --password-stdin   sign in; password and token go to the keychain
  balance                           quota left and serial numbers not yet stamped
  buy --quantity N [--method QRIS|VA] [--wait]
                                    buy quota; --wait follows the order until it arrives
  stamp FILE --out OUT --page P --x U --y V [--size S] [--unit pt|mm]
                                    stamp, check and save (--type CODE|NAME; refused
                                    over text or ink unless --allow-overlap)
  history                           orders and stamp jobs in the journal
  resume                            continue every unfinished order and job
  cancel JOB                        end a stamp job that holds no serial number yet
  evidence ORDER [--out FILE]       an order&apos;s record for a complaint
  verify FILE [--original ORIG]     checks an e-Meterai offline

Exit codes: 0 done, 1 usage, 2 unusable input, 3 verification failed,
4 service unavailable after the deadline, 5 outcome unknown (run resume later),
6 another Bubuh holds the journal (see --wait-lock).</source>
        <translation>Bubuh: e-Meterai dari baris perintah.

Perintah:
  inspect BERKAS                    pemeriksaan awal, tanpa internet
  shrink BERKAS [--out HASIL] [--limit KB] [--dpi N]
                                    salinan lebih kecil yang muat setelah bermeterai, tanpa internet
  topdf GAMBAR... --out HASIL [--limit KB] [--dpi N]
                                    foto dan pindaian (JPEG, PNG) menjadi satu PDF A4
  place BERKAS --page P [--size S]  tempat kosong untuk meterai (--json: x, y, covered)
  login --user U --password-stdin   masuk; kata sandi dan token disimpan di gantungan kunci
  balance                           sisa kuota dan nomor seri yang belum dibubuhkan
  buy --quantity N [--method QRIS|VA] [--wait]
                                    beli kuota; --wait memantau pesanan sampai kuota masuk
  stamp BERKAS --out HASIL --page P --x U --y V [--size S] [--unit pt|mm]
                                    bubuhkan, periksa, dan simpan (--type KODE|NAMA; ditolak
                                    bila menutupi tulisan atau tinta, kecuali --allow-overlap)
  history                           pesanan dan pekerjaan pembubuhan di jurnal
  resume                            lanjutkan semua pesanan dan pekerjaan yang belum selesai
  cancel PEKERJAAN                  akhiri pekerjaan pembubuhan yang belum memegang nomor seri
  evidence PESANAN [--out BERKAS]   catatan pesanan untuk pengaduan
  verify BERKAS [--original ASLI]   memeriksa e-Meterai tanpa internet

Kode keluar: 0 selesai, 1 cara pakai salah, 2 masukan tidak dapat dipakai, 3 pemeriksaan gagal,
4 layanan tidak tersedia sampai batas waktu, 5 hasil belum diketahui (jalankan resume nanti),
6 Bubuh lain sedang memegang jurnal (lihat --wait-lock).</translation>
    </message>
    <message>
        <source>stamp: stamp even where the stamp covers text or ink.</source>
        <translation>stamp: tetap bubuhkan meski meterai menutupi tulisan atau tinta.</translation>
    </message>
</context>
<context>
    <name>bubuh::AccountPage</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Masuk…</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Beli</translation>
    </message>
    <message>
        <source>Number of e-Meterai</source>
        <translation>Jumlah e-Meterai</translation>
    </message>
    <message>
        <source>QRIS (scan with any banking or e-wallet app)</source>
        <translation>QRIS (pindai dengan aplikasi bank atau dompet digital apa pun)</translation>
    </message>
    <message>
        <source>Virtual account (bank transfer)</source>
        <translation>Virtual account (transfer bank)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Buy (Ctrl+B)</source>
        <translation>Beli (Ctrl+B)</translation>
    </message>
    <message>
        <source>Buy e-Meterai quota</source>
        <translation>Beli kuota e-Meterai</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>&amp;Pay with:</source>
        <translation>Ba&amp;yar dengan:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Harga:</translation>
    </message>
    <message>
        <source>Account and quota</source>
        <translation>Akun dan kuota</translation>
    </message>
    <message>
        <source>%1 × (%2 + fee %3) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>%1 × (%2 + biaya layanan %3) = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 × %2 = &lt;b&gt;%3&lt;/b&gt; (plus the shop&apos;s fee)</source>
        <translation>%1 × %2 = &lt;b&gt;%3&lt;/b&gt; (ditambah biaya layanan toko)</translation>
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
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Sign in to a distributor account to see and buy quota. Opening, placing and checking documents work without signing in.</source>
        <translation>Masuk ke akun distributor untuk melihat dan membeli kuota. Membuka, menempatkan, dan memeriksa dokumen bisa dilakukan tanpa masuk.</translation>
    </message>
    <message>
        <source>I must &amp;upload by (WIB):</source>
        <translation>Saya harus meng&amp;unggah paling lambat (WIB):</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Batas waktu pendaftaran</translation>
    </message>
    <message>
        <source>Upload deadline, Western Indonesia Time</source>
        <translation>Batas unggah, Waktu Indonesia Barat</translation>
    </message>
    <message>
        <source>Welcome to Bubuh</source>
        <translation>Selamat datang di Bubuh</translation>
    </message>
    <message>
        <source>Bubuh buys e-Meterai quota from your distributor, places the stamp on your PDF, has it stamped and checks the result, step by step on the left. When the service is busy it waits in the queue for you, never pays twice and never loses a paid order. The demo shows the whole way with a simulator: nothing is paid, and its stamps say SIMULASI - TIDAK SAH.</source>
        <translation>Bubuh membeli kuota e-Meterai dari distributor Anda, menempatkan meterai di PDF Anda, meminta pembubuhannya, lalu memeriksa hasilnya, langkah demi langkah di sebelah kiri. Saat layanan sibuk, Bubuh mengantre untuk Anda, tidak pernah membayar dua kali, dan tidak pernah kehilangan pesanan yang sudah dibayar. Demo menunjukkan seluruh jalannya dengan simulator: tidak ada yang dibayar, dan meterainya bertuliskan SIMULASI - TIDAK SAH.</translation>
    </message>
    <message>
        <source>&amp;Try the demo first</source>
        <translation>&amp;Coba demonya dulu</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Mengerti</translation>
    </message>
    <message>
        <source>Bubuh warns you when a wait would pass it.</source>
        <translation>Bubuh memperingatkan Anda bila antrean akan melewatinya.</translation>
    </message>
</context>
<context>
    <name>bubuh::CliContext</name>
    <message>
        <source>No password is stored for %1. Sign in again: bubuh-cli login --user %1 --password-stdin</source>
        <translation>Tidak ada kata sandi tersimpan untuk %1. Masuk lagi: bubuh-cli login --user %1 --password-stdin</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Tidak ada sertifikat yang dapat dibaca dari %1.</translation>
    </message>
    <message>
        <source>Not signed in to %1: no account name and password are stored for it. Sign in first: bubuh-cli%2 login --user NAME --password-stdin</source>
        <translation>Belum masuk ke %1: belum ada nama akun dan kata sandi yang tersimpan untuknya. Masuk dulu: bubuh-cli%2 login --user NAMA --password-stdin</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish with the journal…</source>
        <translation>Menunggu %1 selesai memakai jurnal…</translation>
    </message>
</context>
<context>
    <name>bubuh::Commands</name>
    <message>
        <source>Give the account name: bubuh-cli login --user NAME --password-stdin</source>
        <translation>Sebutkan nama akun: bubuh-cli login --user NAMA --password-stdin</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>Kata sandi tidak dapat dibaca dari masukan standar.</translation>
    </message>
    <message>
        <source>No password on standard input. Example: echo PASSWORD | bubuh-cli login --user NAME --password-stdin</source>
        <translation>Tidak ada kata sandi di masukan standar. Contoh: echo KATASANDI | bubuh-cli login --user NAMA --password-stdin</translation>
    </message>
    <message>
        <source>Signed in as %1. The password is kept in the system keychain.</source>
        <translation>Masuk sebagai %1. Kata sandi disimpan di gantungan kunci sistem.</translation>
    </message>
    <message>
        <source>Quota: %1 · waiting to be stamped: %2</source>
        <translation>Kuota: %1 · menunggu dibubuhkan: %2</translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation>Jurnal masih kosong.</translation>
    </message>
    <message>
        <source>Nothing to resume: every order and job is finished.</source>
        <translation>Tidak ada yang perlu dilanjutkan: semua pesanan dan pekerjaan sudah selesai.</translation>
    </message>
    <message>
        <source>Order %1: %2 e-Meterai, %3, %4</source>
        <translation>Pesanan %1: %2 e-Meterai, %3, %4</translation>
    </message>
    <message>
        <source>Pay %1 with QRIS: %2</source>
        <translation>Bayar %1 dengan QRIS: %2</translation>
    </message>
    <message>
        <source>Pay %1 to virtual account %2</source>
        <translation>Bayar %1 ke virtual account %2</translation>
    </message>
    <message>
        <source>Use: bubuh-cli buy --quantity N [--method QRIS|VA] [--wait] (N from 1 to 1000)</source>
        <translation>Pakai: bubuh-cli buy --quantity N [--method QRIS|VA] [--wait] (N dari 1 sampai 1000)</translation>
    </message>
    <message>
        <source>Give an order from bubuh-cli history: bubuh-cli evidence ORDER [--out FILE]</source>
        <translation>Sebutkan pesanan dari bubuh-cli history: bubuh-cli evidence PESANAN [--out BERKAS]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Evidence for the complaint written to %1.</source>
        <translation>Bukti untuk pengaduan ditulis ke %1.</translation>
    </message>
    <message>
        <source>Job %1 stopped at %2; bubuh-cli resume continues it.</source>
        <translation>Pekerjaan %1 berhenti di %2; bubuh-cli resume akan melanjutkannya.</translation>
    </message>
    <message>
        <source>Use: bubuh-cli stamp FILE --out OUT --page P --x U --y V [--size S] [--unit pt|mm]</source>
        <translation>Pakai: bubuh-cli stamp BERKAS --out HASIL --page P --x U --y V [--size S] [--unit pt|mm]</translation>
    </message>
    <message>
        <source>The stamp size must be between 54 and 200 pt (19 to 70 mm).</source>
        <translation>Ukuran meterai harus antara 54 dan 200 pt (19 sampai 70 mm).</translation>
    </message>
    <message>
        <source>First finishing what was left unfinished…</source>
        <translation>Menyelesaikan dulu pekerjaan yang belum selesai…</translation>
    </message>
    <message>
        <source>Use: bubuh-cli inspect FILE [--json]</source>
        <translation>Pakai: bubuh-cli inspect BERKAS [--json]</translation>
    </message>
    <message>
        <source>%1: PDF %2, %n page(s), %3 KB</source>
        <translation>%1: PDF %2, %n halaman, %3 KB</translation>
    </message>
    <message>
        <source>  page %1: %2 × %3 pt as displayed, rotated %4°</source>
        <translation>  halaman %1: %2 × %3 pt saat ditampilkan, diputar %4°</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Masalah: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>The document can be stamped.</source>
        <translation>Dokumen dapat dibubuhi meterai.</translation>
    </message>
    <message>
        <source>The document cannot be stamped as it is.</source>
        <translation>Dokumen tidak dapat dibubuhi meterai dalam keadaan ini.</translation>
    </message>
    <message>
        <source>Stamped with serial number %1, checked and saved to %2.</source>
        <translation>Dibubuhi meterai dengan nomor seri %1, sudah diperiksa, dan disimpan ke %2.</translation>
    </message>
    <message>
        <source>Use: bubuh-cli verify FILE [--original ORIGINAL] [--json]</source>
        <translation>Cara pakai: bubuh-cli verify BERKAS [--original ASLI] [--json]</translation>
    </message>
    <message>
        <source>The original document is unchanged at the start of this file.</source>
        <translation>Dokumen asli utuh tanpa perubahan di awal berkas ini.</translation>
    </message>
    <message>
        <source>The original document is NOT unchanged at the start of this file.</source>
        <translation>Dokumen asli TIDAK utuh di awal berkas ini.</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;. Use a kode or a name: %2</source>
        <translation>Jenis dokumen &quot;%1&quot; tidak dikenal. Gunakan kode atau nama: %2</translation>
    </message>
    <message>
        <source>Document %1 (job %2): %3%4</source>
        <translation>Dokumen %1 (pekerjaan %2): %3%4</translation>
    </message>
    <message>
        <source>Give a job from bubuh-cli history: bubuh-cli cancel JOB</source>
        <translation>Sebutkan pekerjaan dari bubuh-cli history: bubuh-cli cancel PEKERJAAN</translation>
    </message>
    <message>
        <source>Job %1 (%2) is cancelled; nothing was spent on it.</source>
        <translation>Pekerjaan %1 (%2) dibatalkan; tidak ada biaya yang terpakai untuknya.</translation>
    </message>
    <message>
        <source>Stamped with serial number %1 and saved to %2. It is intact, but its issuer could not be confirmed: %3</source>
        <translation>Dibubuhi meterai dengan nomor seri %1 dan disimpan ke %2. Meterainya utuh, tetapi penerbitnya belum dapat dipastikan: %3</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>Use: bubuh-cli shrink FILE [--out OUT] [--limit KB] [--dpi 50-600]</source>
        <translation>Cara pakai: bubuh-cli shrink BERKAS [--out KELUARAN] [--limit KB] [--dpi 50-600]</translation>
    </message>
    <message>
        <source>The smaller copy must not replace the original: choose another --out.</source>
        <translation>Salinan yang lebih kecil tidak boleh menimpa aslinya: pilih --out yang lain.</translation>
    </message>
    <message>
        <source>The document %1 cannot be read: %2</source>
        <translation>Dokumen %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The smaller copy cannot be saved to %1: %2</source>
        <translation>Salinan yang lebih kecil tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 KB -&gt; %3 KB, saved as %4</source>
        <translation>%1: %2 KB -&gt; %3 KB, disimpan sebagai %4</translation>
    </message>
    <message>
        <source>  %n image(s) recompressed at %1 dpi, JPEG quality %2</source>
        <translation>  %n gambar dikompresi ulang pada %1 dpi, kualitas JPEG %2</translation>
    </message>
    <message>
        <source>  images kept as they were; only the file&apos;s structure was rewritten</source>
        <translation>  gambar dibiarkan apa adanya; hanya struktur berkas yang ditulis ulang</translation>
    </message>
    <message>
        <source>  left out: %1</source>
        <translation>  dihapus: %1</translation>
    </message>
    <message>
        <source>About %1 KB after stamping: it fits the %2 KB limit. Stamp the copy, not the original.</source>
        <translation>Sekitar %1 KB setelah bermeterai: muat dalam batas %2 KB. Bubuhkan meterai pada salinan ini, bukan pada aslinya.</translation>
    </message>
    <message>
        <source>Even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit: remove pages, or scan again at a lower resolution.</source>
        <translation>Dengan pengaturan terkuat pun hasilnya sekitar %1 KB setelah bermeterai, melebihi batas %2 KB: kurangi jumlah halaman atau pindai ulang dengan resolusi lebih rendah.</translation>
    </message>
    <message>
        <source>Use: bubuh-cli topdf IMAGE... --out OUT [--limit KB] [--dpi 50-600]</source>
        <translation>Cara pakai: bubuh-cli topdf GAMBAR... --out KELUARAN [--limit KB] [--dpi 50-600]</translation>
    </message>
    <message>
        <source>The PDF cannot be saved to %1: %2</source>
        <translation>PDF tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <source>%n page(s), %1 KB, saved as %2</source>
        <translation>%n halaman, %1 KB, disimpan sebagai %2</translation>
    </message>
    <message>
        <source>  images at %1 dpi, JPEG quality %2</source>
        <translation>  gambar pada %1 dpi, kualitas JPEG %2</translation>
    </message>
    <message>
        <source>The page does not exist.</source>
        <translation>Halaman itu tidak ada.</translation>
    </message>
    <message>
        <source>The stamp there covers text or ink (%1 % of its square). The stamp must not cover text or a signature. Run bubuh-cli place to find a blank spot, or give --allow-overlap if it is meant to be there.</source>
        <translation>Meterai di situ menutupi tulisan atau tinta (%1 % dari perseginya). Meterai tidak boleh menutupi tulisan atau tanda tangan. Jalankan bubuh-cli place untuk mencari tempat kosong, atau beri --allow-overlap bila memang harus di situ.</translation>
    </message>
    <message>
        <source>Use: bubuh-cli place FILE --page P [--size 54-200] [--json]</source>
        <translation>Cara pakai: bubuh-cli place BERKAS --page P [--size 54-200] [--json]</translation>
    </message>
    <message>
        <source>The document has no page %1.</source>
        <translation>Dokumen ini tidak memiliki halaman %1.</translation>
    </message>
    <message>
        <source>A blank spot on page %1: --x %2 --y %3 --size %4 (points from the top left of the page as displayed; %5 % ink under it).</source>
        <translation>Tempat kosong di halaman %1: --x %2 --y %3 --size %4 (poin dari kiri atas halaman seperti ditampilkan; %5 % tinta di bawahnya).</translation>
    </message>
    <message>
        <source>Whether the stamp covers text could not be checked: %1</source>
        <translation>Tidak dapat diperiksa apakah meterai menutupi tulisan: %1</translation>
    </message>
    <message>
        <source>a file of that name is already there; choose another --out</source>
        <translation>sudah ada berkas dengan nama itu; pilih --out yang lain</translation>
    </message>
    <message>
        <source>The PDF must not replace a photo: choose another --out.</source>
        <translation>PDF tidak boleh menimpa foto: pilih --out yang lain.</translation>
    </message>
</context>
<context>
    <name>bubuh::Deadline</name>
    <message>
        <source>Upload deadline: %1</source>
        <translation>Batas unggah: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>sudah lewat</translation>
    </message>
    <message>
        <source>%1 and %2 left</source>
        <translation>%1 %2 lagi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n menit lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload deadline (%1) has passed. Bubuh keeps every paid order and serial number; if the portal reopens, they are still yours.</source>
        <translation>Batas unggah (%1) sudah lewat. Bubuh tetap menyimpan setiap pesanan yang sudah dibayar dan setiap nomor seri; bila portal dibuka lagi, semuanya masih milik Anda.</translation>
    </message>
    <message>
        <source>the distributor you bought from</source>
        <translation>distributor tempat Anda membeli</translation>
    </message>
    <message>
        <source>The service expects to get to you at about %1, after your upload deadline (%2). Another distributor may be faster: choose its profile in Settings. Buying now and stamping later is safe too: quota you hold does not expire with the queue.</source>
        <translation>Layanan memperkirakan giliran Anda sekitar %1, setelah batas unggah Anda (%2). Distributor lain mungkin lebih cepat: pilih profilnya di Pengaturan. Membeli sekarang dan membubuhkan nanti juga aman: kuota yang Anda pegang tidak hangus bersama antrean.</translation>
    </message>
    <message>
        <source>The stamping service asks to wait until about %1, after your upload deadline (%2). Bubuh keeps each serial number and goes on by itself; another distributor&apos;s service may answer sooner (Settings).</source>
        <translation>Layanan pembubuhan meminta menunggu sampai sekitar %1, setelah batas unggah Anda (%2). Bubuh menyimpan setiap nomor seri dan melanjutkan sendiri; layanan distributor lain mungkin menjawab lebih cepat (Pengaturan).</translation>
    </message>
    <message>
        <source>Your order is paid (or its payment may have gone through) but its quota has not arrived, and the deadline is %1 away. Export the order&apos;s evidence now and send it to %2: it shows what you paid and when, should you need to explain a late upload.</source>
        <translation>Pesanan Anda sudah dibayar (atau pembayarannya mungkin sudah masuk) tetapi kuotanya belum masuk, dan batas unggah tinggal %1. Ekspor bukti pesanan sekarang dan kirimkan ke %2: bukti itu menunjukkan apa yang Anda bayar dan kapan, bila Anda perlu menjelaskan unggahan yang terlambat.</translation>
    </message>
</context>
<context>
    <name>bubuh::DemoService</name>
    <message>
        <source>The demo service could not start: %1</source>
        <translation>Layanan demo tidak dapat dimulai: %1</translation>
    </message>
</context>
<context>
    <name>bubuh::DocumentInspector</name>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Berkas tidak dapat dibuka: %1. Periksa bahwa berkas ada dan Anda boleh membacanya.</translation>
    </message>
    <message>
        <source>The file is empty. Save or export the document again.</source>
        <translation>Berkas kosong. Simpan atau ekspor dokumen sekali lagi.</translation>
    </message>
    <message>
        <source>This is not a PDF document. Open it in its program and use &quot;Save as PDF&quot; or &quot;Export to PDF&quot;.</source>
        <translation>Ini bukan dokumen PDF. Buka di programnya lalu pakai &quot;Simpan sebagai PDF&quot; atau &quot;Ekspor ke PDF&quot;.</translation>
    </message>
    <message>
        <source>The document is incomplete (cut off before its end). Download or export it again.</source>
        <translation>Dokumen tidak lengkap (terpotong sebelum akhirnya). Unduh atau ekspor lagi.</translation>
    </message>
    <message>
        <source>The document is protected (encrypted), and e-Meterai cannot be put on a protected document. Remove the protection: open it and print it to a new PDF (&quot;Save as PDF&quot;).</source>
        <translation>Dokumen dilindungi (terenkripsi), dan e-Meterai tidak dapat dibubuhkan pada dokumen yang dilindungi. Hapus perlindungannya: buka lalu cetak ke PDF baru (&quot;Simpan sebagai PDF&quot;).</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Dokumen tidak memiliki halaman.</translation>
    </message>
    <message>
        <source>The first page is not A4; the applicant portals ask for A4 documents.</source>
        <translation>Halaman pertama bukan A4; portal pendaftaran meminta dokumen A4.</translation>
    </message>
    <message>
        <source>The document is certified against changes, so no e-Meterai can be added. Ask its author for a version that is not certified.</source>
        <translation>Dokumen tersertifikasi agar tidak diubah, jadi e-Meterai tidak dapat ditambahkan. Mintalah versi yang tidak tersertifikasi kepada pembuatnya.</translation>
    </message>
    <message>
        <source>The document already has an e-Meterai (serial number %1). Stamping it again uses another quota.</source>
        <translation>Dokumen sudah memiliki e-Meterai (nomor seri %1). Membubuhkan lagi akan memakai satu kuota lagi.</translation>
    </message>
    <message>
        <source>The document is already signed. The e-Meterai is added without changing the signed content, so the signature stays valid.</source>
        <translation>Dokumen sudah ditandatangani. e-Meterai ditambahkan tanpa mengubah isi yang ditandatangani, jadi tanda tangannya tetap sah.</translation>
    </message>
    <message>
        <source>The document is slightly damaged and had to be repaired to be read. Export it again with &quot;Save as PDF&quot; before stamping, so the stamped result is sound.</source>
        <translation>Dokumen sedikit rusak dan harus diperbaiki agar terbaca. Ekspor lagi dengan &quot;Simpan sebagai PDF&quot; sebelum dibubuhi meterai, agar hasilnya baik.</translation>
    </message>
    <message>
        <source>The document is protected with a password. Open it with its password, print it to a new PDF without a password (&quot;Save as PDF&quot;), and use that.</source>
        <translation>Dokumen dilindungi kata sandi. Buka dengan kata sandinya, cetak ke PDF baru tanpa kata sandi (&quot;Simpan sebagai PDF&quot;), lalu pakai PDF itu.</translation>
    </message>
    <message>
        <source>The document is damaged and cannot be read. Export it again with &quot;Save as PDF&quot;.</source>
        <translation>Dokumen rusak dan tidak dapat dibaca. Ekspor lagi dengan &quot;Simpan sebagai PDF&quot;.</translation>
    </message>
    <message>
        <source>After stamping, this document will be about %1 KB, and the portal accepts at most %2 KB. Make it smaller first with &quot;Make smaller&quot;: a stamped document cannot be changed, and the stamp alone adds about %3 KB.</source>
        <translation>Setelah bermeterai, dokumen ini akan berukuran sekitar %1 KB, padahal portal menerima paling besar %2 KB. Perkecil dulu dengan &quot;Perkecil&quot;: dokumen bermeterai tidak boleh diubah lagi, dan meterainya sendiri menambah sekitar %3 KB.</translation>
    </message>
    <message>
        <source>±%1 KB after stamping, limit %2 KB: fits</source>
        <translation>±%1 KB setelah bermeterai, batas %2 KB: muat</translation>
    </message>
    <message>
        <source>±%1 KB after stamping, limit %2 KB: needs to be made smaller</source>
        <translation>±%1 KB setelah bermeterai, batas %2 KB: perlu diperkecil</translation>
    </message>
    <message>
        <source>The signature %1 in this document is broken: the document was changed after it was signed. The e-Meterai service refuses such a document, after the serial number is paid. Ask the signer for the original signed file.</source>
        <translation>Tanda tangan %1 di dokumen ini rusak: dokumen diubah setelah ditandatangani. Layanan e-Meterai menolak dokumen seperti ini, setelah nomor seri dibayar. Mintalah berkas asli yang sudah ditandatangani kepada penanda tangannya.</translation>
    </message>
    <message>
        <source>The document was changed after signature %1 was made, so that signature will show as changed. Ask the signer for the original signed file before stamping.</source>
        <translation>Dokumen diubah setelah tanda tangan %1 dibuat, sehingga tanda tangan itu akan tampil sebagai diubah. Mintalah berkas asli yang sudah ditandatangani kepada penanda tangannya sebelum membubuhkan meterai.</translation>
    </message>
</context>
<context>
    <name>bubuh::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Buka PDF…</translation>
    </message>
    <message>
        <source>Open PDF documents (Ctrl+O)</source>
        <translation>Buka dokumen PDF (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opened documents</source>
        <translation>Dokumen yang dibuka</translation>
    </message>
    <message>
        <source>Make s&amp;maller…</source>
        <translation>Per&amp;kecil…</translation>
    </message>
    <message>
        <source>PDF from &amp;photos…</source>
        <translation>PDF dari &amp;foto…</translation>
    </message>
    <message>
        <source>Make one A4 PDF of photos or scans (JPEG, PNG)</source>
        <translation>Buat satu PDF A4 dari foto atau pindaian (JPEG, PNG)</translation>
    </message>
    <message>
        <source>Upload &amp;limit of its portal slot:</source>
        <translation>Batas &amp;unggah slot portalnya:</translation>
    </message>
    <message>
        <source>1 MB (1024 KB)</source>
        <translation>1 MB (1024 KB)</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Choose or type the largest file, in KB, that the portal accepts for this document. It is remembered for documents of this name.</source>
        <translation>Pilih atau ketik ukuran berkas terbesar, dalam KB, yang diterima portal untuk dokumen ini. Batas ini diingat untuk dokumen bernama serupa.</translation>
    </message>
    <message>
        <source>Make a smaller copy whose stamped result fits the limit</source>
        <translation>Buat salinan lebih kecil yang hasil bermeterainya muat dalam batas</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: check where the stamp goes in step 3 (Position).</source>
        <translation>Berikutnya: periksa letak meterai di langkah 3 (Posisi).</translation>
    </message>
    <message>
        <source>Everything in this step works offline; nothing is sent yet. More documents can be dropped on the window at any time.</source>
        <translation>Semua di langkah ini berjalan tanpa internet; belum ada yang dikirim. Dokumen lain dapat dijatuhkan ke jendela ini kapan saja.</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Belum ada dokumen</translation>
    </message>
    <message>
        <source>Open the PDF documents to stamp, or drop them on this window. A paper letter can be photographed or scanned, and the pictures made into one PDF.</source>
        <translation>Buka dokumen PDF yang akan dibubuhi meterai, atau jatuhkan ke jendela ini. Surat kertas dapat difoto atau dipindai, lalu gambarnya dijadikan satu PDF.</translation>
    </message>
    <message>
        <source>Upload limit of its portal slot</source>
        <translation>Batas unggah slot portalnya</translation>
    </message>
</context>
<context>
    <name>bubuh::EmeteraiClient</name>
    <message>
        <source>The answer of the e-Meterai service was lost on the way. Bubuh will check what happened; nothing is charged twice.</source>
        <translation>Jawaban layanan e-Meterai hilang di jalan. Bubuh akan memeriksa apa yang terjadi; tidak ada yang ditagih dua kali.</translation>
    </message>
    <message>
        <source>The e-Meterai service stayed busy until the time limit. Nothing was lost; Bubuh keeps what was started and can continue later.</source>
        <translation>Layanan e-Meterai tetap sibuk sampai batas waktu. Tidak ada yang hilang; Bubuh menyimpan yang sudah dimulai dan dapat melanjutkannya nanti.</translation>
    </message>
    <message>
        <source>The shop has a waiting room; Bubuh is joining the queue.</source>
        <translation>Toko memakai ruang tunggu; Bubuh masuk antrean.</translation>
    </message>
    <message>
        <source>Signing in failed. Check the user name and password.</source>
        <translation>Gagal masuk. Periksa nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>The connection to the e-Meterai service is not secure or not allowed.</source>
        <translation>Koneksi ke layanan e-Meterai tidak aman atau tidak diizinkan.</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1). %2</source>
        <translation>Layanan menolak permintaan (HTTP %1). %2</translation>
    </message>
    <message>
        <source>The stamped document could not be downloaded whole.</source>
        <translation>Dokumen bermeterai tidak dapat diunduh utuh.</translation>
    </message>
    <message>
        <source>Bubuh refused the connection to the service: its certificate cannot be confirmed (%1). Someone may be listening in between, or the address is wrong, so nothing was sent. For a test server, add its root certificate in Settings (or bubuh-cli --trust).</source>
        <translation>Bubuh menolak sambungan ke layanan: sertifikatnya tidak dapat dipastikan (%1). Mungkin ada pihak yang menyadap di tengah jalan, atau alamatnya salah, jadi tidak ada yang dikirim. Untuk server uji, tambahkan sertifikat akarnya di Pengaturan (atau bubuh-cli --trust).</translation>
    </message>
</context>
<context>
    <name>bubuh::FlattenedPreview</name>
    <message>
        <source>The stamped document cannot be previewed.</source>
        <translation>Pratinjau dokumen bermeterai tidak dapat ditampilkan.</translation>
    </message>
</context>
<context>
    <name>bubuh::FlowStatus</name>
    <message numerus="yes">
        <source>The service is busy: trying again in %n second(s) (attempt %1)</source>
        <translation>
            <numerusform>Layanan sibuk: mencoba lagi dalam %n detik (percobaan %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer yet: trying again in %n second(s) (attempt %1)</source>
        <translation>
            <numerusform>Belum ada jawaban: mencoba lagi dalam %n detik (percobaan %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bubuh::Journal</name>
    <message>
        <source>Bubuh cannot read its journal (%1). Nothing is bought or stamped until it can; close other programs that use it and try again.</source>
        <translation>Bubuh tidak dapat membaca catatannya (%1). Tidak ada yang dibeli atau dibubuhkan sampai bisa dibaca; tutup program lain yang memakainya, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>bubuh::JournalLock</name>
    <message>
        <source>%1, process %2</source>
        <translation>%1, proses %2</translation>
    </message>
    <message>
        <source>Another Bubuh is working with this journal%1. Close it first, or let bubuh-cli wait for it with --wait-lock.</source>
        <translation>Bubuh lain sedang memakai jurnal ini%1. Tutup dulu, atau biarkan bubuh-cli menunggunya dengan --wait-lock.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written. Check that the folder can be written to.</source>
        <translation>Berkas kunci %1 tidak dapat ditulis. Periksa izin tulis foldernya.</translation>
    </message>
</context>
<context>
    <name>bubuh::KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available, so Bubuh cannot keep the password safely. Unlock or set up the keychain (on Linux: GNOME Keyring or KWallet), then try again.</source>
        <translation>Gantungan kunci sistem tidak tersedia, jadi Bubuh tidak dapat menyimpan kata sandi dengan aman. Buka atau siapkan gantungan kunci (di Linux: GNOME Keyring atau KWallet), lalu coba lagi.</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Buka PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Open PDF documents</source>
        <translation>Buka dokumen PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>Dokumen PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Protected document</source>
        <translation>Dokumen dilindungi</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Enter it to look at the document; it is not stored. (To stamp it, save a copy without a password first.)</source>
        <translation>%1 dilindungi kata sandi. Masukkan kata sandinya untuk melihat dokumen; kata sandi tidak disimpan. (Untuk membubuhkan meterai, simpan dulu salinan tanpa kata sandi.)</translation>
    </message>
    <message>
        <source>Bubuh</source>
        <translation>Bubuh</translation>
    </message>
    <message>
        <source>&amp;Check an e-Meterai…</source>
        <translation>&amp;Periksa e-Meterai…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Langkah</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Bubuh</source>
        <translation>&amp;Tentang Bubuh</translation>
    </message>
    <message>
        <source>About Bubuh</source>
        <translation>Tentang Bubuh</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bubuh %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Buys e-Meterai quota, places the stamp on your PDF and gets it stamped, waiting patiently when the service is busy. It never charges twice and never loses a paid order.&lt;/p&gt;&lt;p&gt;Demo mode uses a simulator: its stamps say SIMULASI - TIDAK SAH and have no legal value.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bubuh %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Membeli kuota e-Meterai, menempatkan meterai pada PDF Anda, dan membubuhkannya, dengan sabar menunggu saat layanan sibuk. Tidak pernah menagih dua kali dan tidak pernah kehilangan pesanan yang sudah dibayar.&lt;/p&gt;&lt;p&gt;Mode demo memakai simulator: meterainya bertuliskan SIMULASI - TIDAK SAH dan tidak berlaku secara hukum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Keluar dari ak&amp;un</translation>
    </message>
    <message>
        <source>Signed out. The token is forgotten on this computer.</source>
        <translation>Sudah keluar dari akun. Token tidak lagi disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>Lupakan kata sandi &amp;tersimpan</translation>
    </message>
    <message>
        <source>The saved password is removed from the system keychain.</source>
        <translation>Kata sandi tersimpan sudah dihapus dari gantungan kunci sistem.</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1</source>
        <translation>Kata sandi tersimpan tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>Photos or scans for one PDF</source>
        <translation>Foto atau pindaian untuk satu PDF</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>The next thing to do</source>
        <translation>Hal yang perlu dilakukan berikutnya</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>perlu perhatian</translation>
    </message>
    <message>
        <source>next</source>
        <translation>berikutnya</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum bisa</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not stamped</source>
        <translation>Belum bermeterai</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Sudah bermeterai</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) stamped, checked and saved.</source>
        <translation>
            <numerusform>%n dokumen sudah bermeterai, diperiksa, dan disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stamping needs you</source>
        <translation>Pembubuhan perlu perhatian Anda</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) stamped; step 4 says why the others are not.</source>
        <translation>
            <numerusform>%1 dari %n dokumen sudah bermeterai; langkah 4 menjelaskan mengapa sisanya belum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota arrived</source>
        <translation>Kuota sudah masuk</translation>
    </message>
    <message numerus="yes">
        <source>%n e-Meterai added to your quota.</source>
        <translation>
            <numerusform>%n e-Meterai ditambahkan ke kuota Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order needs you</source>
        <translation>Pesanan perlu perhatian Anda</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Giliran Anda</translation>
    </message>
    <message>
        <source>The waiting room let you in; Bubuh is placing the order.</source>
        <translation>Ruang tunggu sudah mempersilakan masuk; Bubuh sedang memesan.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>The payment arrived; Bubuh is waiting for the quota.</source>
        <translation>Pembayaran sudah diterima; Bubuh menunggu kuotanya.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Batas unggah: %1</translation>
    </message>
    <message>
        <source>Upload deadline</source>
        <translation>Batas unggah</translation>
    </message>
    <message>
        <source>&amp;Export the evidence…</source>
        <translation>&amp;Ekspor buktinya…</translation>
    </message>
    <message>
        <source>Choose another &amp;distributor…</source>
        <translation>Pilih &amp;distributor lain…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Coba demo</translation>
    </message>
    <message>
        <source>An order or a stamp is under way. Let it finish (or stop waiting in step 1), then try the demo.</source>
        <translation>Ada pesanan atau pembubuhan yang sedang berjalan. Biarkan selesai (atau berhenti menunggu di langkah 1), lalu coba demonya.</translation>
    </message>
</context>
<context>
    <name>bubuh::OpenDocuments</name>
    <message>
        <source>This document takes too long to read, so Bubuh stopped. Export it again with &quot;Save as PDF&quot; and open that.</source>
        <translation>Dokumen ini terlalu lama dibaca, jadi Bubuh berhenti. Ekspor ulang dengan &quot;Simpan sebagai PDF&quot; lalu buka hasilnya.</translation>
    </message>
</context>
<context>
    <name>bubuh::OrderPanel</name>
    <message>
        <source>Your order</source>
        <translation>Pesanan Anda</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Salin nomor</translation>
    </message>
    <message>
        <source>I have paid (simulated)</source>
        <translation>Saya sudah bayar (simulasi)</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Berhenti menunggu</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>&amp;Export evidence for a complaint…</source>
        <translation>&amp;Ekspor bukti untuk pengaduan…</translation>
    </message>
    <message>
        <source>QRIS payment code</source>
        <translation>Kode pembayaran QRIS</translation>
    </message>
    <message>
        <source>The order stays saved; Bubuh continues it when you press Continue or start it again.</source>
        <translation>Pesanan tetap tersimpan; Bubuh melanjutkannya saat Anda menekan Lanjutkan atau membuka Bubuh lagi.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n e-Meterai. Pay %2 to receive the quota.</source>
        <translation>
            <numerusform>Pesanan %1: %n e-Meterai. Bayar %2 untuk menerima kuota.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment received for order %1; the quota is on its way. Bubuh keeps checking until it arrives.</source>
        <translation>Pembayaran pesanan %1 sudah diterima; kuota sedang diproses. Bubuh terus memeriksa sampai kuota masuk.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n e-Meterai added to your quota.</source>
        <translation>
            <numerusform>Selesai: %n e-Meterai ditambahkan ke kuota Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is being checked (sedang diperiksa). Nothing is charged twice; Bubuh finishes it with the same order number.</source>
        <translation>Pesanan sedang diperiksa. Tidak ada tagihan ganda; Bubuh menyelesaikannya dengan pesanan yang sama.</translation>
    </message>
    <message>
        <source>Order %1 expired before it was paid. Nothing was charged.</source>
        <translation>Pesanan %1 kedaluwarsa sebelum dibayar. Tidak ada yang ditagih.</translation>
    </message>
    <message>
        <source>The shop refused the order: %1</source>
        <translation>Toko menolak pesanan: %1</translation>
    </message>
    <message>
        <source>Stopped waiting. The order is saved; press Continue when you are ready.</source>
        <translation>Berhenti menunggu. Pesanan tetap tersimpan; tekan Lanjutkan bila Anda siap.</translation>
    </message>
    <message>
        <source>Virtual account: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Virtual account: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pay before %1 (%2 left).</source>
        <translation>Bayar sebelum %1 (sisa %2).</translation>
    </message>
    <message>
        <source>The time to pay has passed; the shop will close this order.</source>
        <translation>Batas waktu pembayaran sudah lewat; toko akan menutup pesanan ini.</translation>
    </message>
    <message>
        <source>Save evidence for a complaint</source>
        <translation>Simpan bukti untuk pengaduan</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation>Bukti tidak tersimpan</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Evidence saved</source>
        <translation>Bukti tersimpan</translation>
    </message>
    <message>
        <source>The order&apos;s record is in %1. Send it to the distributor with your complaint; it holds the order number, the payment reference and every step with its time.</source>
        <translation>Catatan pesanan ada di %1. Kirimkan ke distributor bersama pengaduan Anda; isinya nomor pesanan, referensi pembayaran, dan setiap langkah beserta waktunya.</translation>
    </message>
    <message>
        <source>Bubuh tries again by itself at %1.</source>
        <translation>Bubuh mencoba lagi sendiri pada %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sending the order for %n e-Meterai to the shop…</source>
        <translation>
            <numerusform>Mengirim pesanan %n e-Meterai ke toko…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bubuh::OrderReport</name>
    <message>
        <source>prepared</source>
        <translation>disiapkan</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>menunggu pembayaran</translation>
    </message>
    <message>
        <source>paid, quota being processed</source>
        <translation>sudah dibayar, kuota sedang diproses</translation>
    </message>
    <message>
        <source>quota received</source>
        <translation>kuota diterima</translation>
    </message>
    <message>
        <source>expired unpaid</source>
        <translation>kedaluwarsa belum dibayar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>sedang diperiksa</translation>
    </message>
</context>
<context>
    <name>bubuh::PageBoxes</name>
    <message>
        <source>The document is protected with a password.</source>
        <translation>Dokumen dilindungi kata sandi.</translation>
    </message>
    <message>
        <source>The document is damaged and cannot be read.</source>
        <translation>Dokumen rusak dan tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>bubuh::PageInk</name>
    <message>
        <source>Bubuh cannot see where this page has text, so it cannot check that the stamp lands on blank paper. Look at the preview yourself.</source>
        <translation>Bubuh tidak dapat melihat letak tulisan di halaman ini, jadi tidak dapat memastikan meterai jatuh di bagian kosong. Periksa sendiri pratinjaunya.</translation>
    </message>
</context>
<context>
    <name>bubuh::PageThumbnails</name>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Halaman %1</translation>
    </message>
</context>
<context>
    <name>bubuh::PageView</name>
    <message>
        <source>Document preview</source>
        <translation>Pratinjau dokumen</translation>
    </message>
    <message>
        <source>Drag the stamp, or move it with the arrow keys (Shift: 10 points).</source>
        <translation>Seret meterai, atau geser dengan tombol panah (Shift: 10 poin).</translation>
    </message>
</context>
<context>
    <name>bubuh::PdfShrinker</name>
    <message>
        <source>The document is protected with a password, so Bubuh does not rewrite it. Save a copy without a password first.</source>
        <translation>Dokumen ini dilindungi kata sandi, jadi Bubuh tidak menulis ulang dokumen ini. Simpan dulu salinan tanpa kata sandi.</translation>
    </message>
    <message>
        <source>The document is protected (encrypted), so Bubuh does not rewrite it. Print it to a new PDF without protection (&quot;Save as PDF&quot;) and make that smaller.</source>
        <translation>Dokumen ini dilindungi (terenkripsi), jadi Bubuh tidak menulis ulang dokumen ini. Cetak ke PDF baru tanpa perlindungan (&quot;Simpan sebagai PDF&quot;), lalu perkecil PDF baru itu.</translation>
    </message>
    <message>
        <source>The document is certified against changes; making it smaller would break the certification. Ask its author for a smaller version.</source>
        <translation>Dokumen ini tersertifikasi terhadap perubahan; memperkecilnya akan merusak sertifikasinya. Mintalah versi yang lebih kecil kepada pembuatnya.</translation>
    </message>
    <message>
        <source>The document is signed; making it smaller would break the signature. Ask the signer for a smaller signed version, or sign a smaller copy again.</source>
        <translation>Dokumen ini sudah ditandatangani; memperkecilnya akan merusak tanda tangannya. Mintalah versi bertanda tangan yang lebih kecil kepada penanda tangan, atau tandatangani ulang salinan yang lebih kecil.</translation>
    </message>
    <message>
        <source>page thumbnails</source>
        <translation>gambar mini halaman</translation>
    </message>
    <message>
        <source>embedded files</source>
        <translation>berkas lampiran</translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>page-piece data of the program that made it</source>
        <translation>data halaman dari program pembuatnya</translation>
    </message>
    <message>
        <source>The document cannot be read, so it cannot be made smaller. Export it again with &quot;Save as PDF&quot;.</source>
        <translation>Dokumen ini tidak dapat dibaca, jadi tidak dapat diperkecil. Ekspor ulang dengan &quot;Simpan sebagai PDF&quot;.</translation>
    </message>
</context>
<context>
    <name>bubuh::PdfUpgrade</name>
    <message>
        <source>This older PDF could not be prepared for stamping. Save it again as PDF from the program that made it, then open the new file.</source>
        <translation>PDF versi lama ini tidak dapat disiapkan untuk dibubuhi meterai. Simpan ulang sebagai PDF dari program pembuatnya, lalu buka berkas barunya.</translation>
    </message>
</context>
<context>
    <name>bubuh::PhotoPdf</name>
    <message>
        <source>%1 cannot be read as a photo or scan. Use JPEG or PNG images.</source>
        <translation>%1 tidak dapat dibaca sebagai foto atau pindaian. Gunakan gambar JPEG atau PNG.</translation>
    </message>
    <message>
        <source>Choose at least one photo or scan.</source>
        <translation>Pilih paling sedikit satu foto atau pindaian.</translation>
    </message>
</context>
<context>
    <name>bubuh::PhotoPdfDialog</name>
    <message>
        <source>&amp;Make PDF</source>
        <translation>&amp;Buat PDF</translation>
    </message>
    <message>
        <source>PDF from photos</source>
        <translation>Buat PDF dari foto</translation>
    </message>
    <message>
        <source>One page per photo or scan, in this order, turned upright and fitted on A4. Drag the pages, or use the buttons, to change the order.</source>
        <translation>Satu halaman per foto atau pindaian, dengan urutan ini, ditegakkan dan dimuatkan ke A4. Seret halamannya, atau pakai tombol, untuk mengubah urutan.</translation>
    </message>
    <message>
        <source>Pages, in order</source>
        <translation>Halaman, berurutan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
        <source>The PDF is saved as %1.</source>
        <translation>PDF disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Membuat PDF…</translation>
    </message>
    <message>
        <source>The PDF cannot be saved to %1: %2</source>
        <translation>PDF tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <source>Saved, but even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit. Use fewer pages, or scan again at a lower resolution.</source>
        <translation>Tersimpan, tetapi dengan pengaturan terkuat pun hasilnya sekitar %1 KB setelah bermeterai, melebihi batas %2 KB. Kurangi jumlah halaman atau pindai ulang dengan resolusi lebih rendah.</translation>
    </message>
</context>
<context>
    <name>bubuh::PlacementPanel</name>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Page of the stamp</source>
        <translation>Halaman meterai</translation>
    </message>
    <message>
        <source>Distance of the stamp from the left edge</source>
        <translation>Jarak meterai dari tepi kiri</translation>
    </message>
    <message>
        <source>Distance of the stamp from the top edge</source>
        <translation>Jarak meterai dari tepi atas</translation>
    </message>
    <message>
        <source>Size of the stamp</source>
        <translation>Ukuran meterai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Halaman:</translation>
    </message>
    <message>
        <source>From the &amp;left:</source>
        <translation>Dari &amp;kiri:</translation>
    </message>
    <message>
        <source>From the &amp;top:</source>
        <translation>Dari &amp;atas:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Ukuran:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Satuan:</translation>
    </message>
</context>
<context>
    <name>bubuh::PositionPage</name>
    <message>
        <source>Fit &amp;width</source>
        <translation>Sesuaikan &amp;lebar</translation>
    </message>
    <message>
        <source>Fit p&amp;age</source>
        <translation>Sesuaikan hala&amp;man</translation>
    </message>
    <message>
        <source>Drag the stamp onto its place. Arrow keys move it by 1 pt, with Shift by 10 pt. It snaps to the margins and the centre line; hold Alt to place it freely. Ctrl+wheel zooms.</source>
        <translation>Seret meterai ke tempatnya. Tombol panah menggeser 1 pt, dengan Shift 10 pt. Meterai menempel ke margin dan garis tengah; tahan Alt untuk menempatkannya bebas. Ctrl+roda untuk memperbesar.</translation>
    </message>
    <message>
        <source>&amp;Move to blank space</source>
        <translation>Pindahkan ke &amp;ruang kosong</translation>
    </message>
    <message>
        <source>Placement warning</source>
        <translation>Peringatan letak meterai</translation>
    </message>
    <message>
        <source>Move the stamp to the nearest blank square of its size</source>
        <translation>Pindahkan meterai ke ruang kosong terdekat seukuran meterai</translation>
    </message>
    <message>
        <source>The stamp covers text or ink (%1 % of it). It must not cover text or a signature.</source>
        <translation>Meterai menutupi tulisan atau tinta (%1 % bagiannya). Meterai tidak boleh menutupi tulisan atau tanda tangan.</translation>
    </message>
    <message>
        <source>This page has no blank square the size of the stamp. Make the stamp smaller, or choose another page.</source>
        <translation>Halaman ini tidak punya ruang kosong seukuran meterai. Perkecil meterainya, atau pilih halaman lain.</translation>
    </message>
    <message>
        <source>No document to place the stamp on yet</source>
        <translation>Belum ada dokumen untuk ditempeli meterai</translation>
    </message>
    <message>
        <source>Open a PDF document first. Bubuh then suggests a blank spot near where letters are signed, and you can move it.</source>
        <translation>Buka dulu dokumen PDF. Bubuh lalu menyarankan tempat kosong di dekat bagian surat ditandatangani, dan Anda dapat memindahkannya.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Buka PDF…</translation>
    </message>
    <message>
        <source>Stamp position</source>
        <translation>Posisi meterai</translation>
    </message>
</context>
<context>
    <name>bubuh::PurchaseFlow</name>
    <message>
        <source>There is no such order in the journal.</source>
        <translation>Pesanan itu tidak ada di jurnal.</translation>
    </message>
    <message>
        <source>The payment order is being checked (sedang diperiksa): the service did not answer in time. Nothing will be charged twice; Bubuh continues with the same order later.</source>
        <translation>Pesanan pembayaran sedang diperiksa: layanan tidak menjawab tepat waktu. Tidak ada yang ditagih dua kali; Bubuh melanjutkan pesanan yang sama nanti.</translation>
    </message>
    <message numerus="yes">
        <source>In the queue: position %1, about %n second(s) to go</source>
        <translation>
            <numerusform>Dalam antrean: posisi %1, sekitar %n detik lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s waiting room answered strangely; Bubuh will try again later.</source>
        <translation>Ruang tunggu toko menjawab tidak wajar; Bubuh akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>Waiting for payment of %1.</source>
        <translation>Menunggu pembayaran %1.</translation>
    </message>
    <message>
        <source>Payment received; the quota is being processed (pembayaran diterima, kuota sedang diproses).</source>
        <translation>Pembayaran diterima, kuota sedang diproses.</translation>
    </message>
    <message>
        <source>The payment was received but the quota has not appeared yet. Bubuh keeps following this order; you can export its evidence for a complaint.</source>
        <translation>Pembayaran sudah diterima tetapi kuota belum muncul. Bubuh terus memantau pesanan ini; Anda dapat mengekspor buktinya untuk pengaduan.</translation>
    </message>
    <message>
        <source>The order ended as %1 without quota. No money was taken for an expired order.</source>
        <translation>Pesanan berakhir sebagai %1 tanpa kuota. Pesanan yang kedaluwarsa tidak memotong uang.</translation>
    </message>
    <message>
        <source>Several orders of the shop could be this one; export the evidence and ask the distributor.</source>
        <translation>Beberapa pesanan di toko bisa jadi pesanan ini; ekspor buktinya dan tanyakan ke distributor.</translation>
    </message>
    <message>
        <source>The shop&apos;s list does not show this order. If money was taken for it, export its evidence and ask the distributor.</source>
        <translation>Daftar toko tidak memuat pesanan ini. Jika uang sudah terpotong untuknya, ekspor buktinya dan tanyakan kepada distributor.</translation>
    </message>
    <message>
        <source>Another Bubuh (a window or bubuh-cli) is already following this order; this one leaves it to that one.</source>
        <translation>Bubuh lain (jendela atau bubuh-cli) sudah memantau pesanan ini; yang ini menyerahkannya kepada yang itu.</translation>
    </message>
    <message>
        <source>Bubuh cannot write its journal (%1): is the disk full? Nothing was sent for this order; free some space and try again.</source>
        <translation>Bubuh tidak dapat menulis catatannya (%1): ruang disk penuh? Pesanan ini belum dikirim; kosongkan sedikit ruang lalu coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>The shop&apos;s answer does not match what was ordered (%n e-Meterai): it asks %1 for %2 e-Meterai. Do not pay it; Bubuh keeps the answer as evidence for the distributor.</source>
        <translation>
            <numerusform>Jawaban toko tidak sesuai dengan pesanan (%n e-Meterai): toko meminta %1 untuk %2 e-Meterai. Jangan dibayar; Bubuh menyimpan jawaban ini sebagai bukti untuk distributor.</numerusform>
        </translation>
    </message>
    <message>
        <source>This order was never sent to the shop; nothing was charged for it.</source>
        <translation>Pesanan ini tidak pernah terkirim ke toko; tidak ada biaya yang ditagihkan untuknya.</translation>
    </message>
</context>
<context>
    <name>bubuh::PurchaseSession</name>
    <message>
        <source>Contacting the shop…</source>
        <translation>Menghubungi toko…</translation>
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
    <message>
        <source>The stamping service could not stamp the document: %1 (code %2)</source>
        <translation>Layanan pembubuhan tidak dapat membubuhkan meterai pada dokumen: %1 (kode %2)</translation>
    </message>
    <message>
        <source>The e-Meterai service answered in a form Bubuh does not recognise. Try again later; if it keeps happening, send Bubuh&apos;s log to the Bubuh team.</source>
        <translation>Layanan menjawab dalam bentuk yang tidak dikenal. Coba lagi nanti; jika terus terjadi, kirim log Bubuh ke tim Bubuh.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
</context>
<context>
    <name>bubuh::ServiceProfile</name>
    <message>
        <source>The service address &quot;%1&quot; is not allowed. Use an https:// address; plain http:// is only allowed to this computer.</source>
        <translation>Alamat layanan &quot;%1&quot; tidak diizinkan. Gunakan alamat https://; http:// biasa hanya diizinkan ke komputer ini.</translation>
    </message>
    <message>
        <source>Demo (simulator)</source>
        <translation>Demo (simulator)</translation>
    </message>
    <message>
        <source>Peruri staging</source>
        <translation>Peruri staging</translation>
    </message>
    <message>
        <source>Peruri production</source>
        <translation>Peruri produksi</translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation>Alamat lain</translation>
    </message>
    <message>
        <source>No shop address is set for %1. Buying quota needs the address of your distributor&apos;s shop: set it in Settings (or bubuh-cli --shop URL).</source>
        <translation>Alamat toko untuk %1 belum diisi. Membeli kuota memerlukan alamat toko distributor Anda: isi di Pengaturan (atau bubuh-cli --shop URL).</translation>
    </message>
    <message>
        <source>The demo profile has no simulator address here. Open the window with bubuh --demo, or start emeterai-sim and give bubuh-cli its address with --server URL.</source>
        <translation>Profil demo tidak memiliki alamat simulator di sini. Buka jendela dengan bubuh --demo, atau jalankan emeterai-sim dan berikan alamatnya ke bubuh-cli dengan --server URL.</translation>
    </message>
</context>
<context>
    <name>bubuh::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Sign-in and quota:</source>
        <translation>Masuk dan kuota:</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>Unggah:</translation>
    </message>
    <message>
        <source>Serial numbers:</source>
        <translation>Nomor seri:</translation>
    </message>
    <message>
        <source>Stamping:</source>
        <translation>Pembubuhan:</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Toko:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>Documents and language</source>
        <translation>Dokumen dan bahasa</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>The largest file the registration portal accepts (SSCASN: 800 KB). Bigger documents are flagged before stamping.</source>
        <translation>Ukuran berkas terbesar yang diterima portal pendaftaran (SSCASN: 800 KB). Dokumen yang lebih besar ditandai sebelum dibubuhi meterai.</translation>
    </message>
    <message>
        <source>&amp;Upload limit:</source>
        <translation>Batas &amp;unggah:</translation>
    </message>
    <message>
        <source>Default stamp &amp;size:</source>
        <translation>&amp;Ukuran meterai bawaan:</translation>
    </message>
    <message>
        <source>next to the original</source>
        <translation>di samping dokumen asli</translation>
    </message>
    <message>
        <source>Save &amp;results in:</source>
        <translation>Simpan &amp;hasil di:</translation>
    </message>
    <message>
        <source>root certificates (PEM) of e-Meterai signers</source>
        <translation>sertifikat akar (PEM) penanda tangan e-Meterai</translation>
    </message>
    <message>
        <source>&amp;Trusted roots:</source>
        <translation>Akar &amp;tepercaya:</translation>
    </message>
    <message>
        <source>Changes to the service and the language apply when Bubuh starts again.</source>
        <translation>Perubahan layanan dan bahasa berlaku saat Bubuh dibuka lagi.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Save results in</source>
        <translation>Simpan hasil di</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>Sertifikat akar tepercaya</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Sertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Demo uses the built-in simulator (nothing is paid). Peruri staging and produksi need a distributor&apos;s account and the address of the distributor&apos;s shop.</source>
        <translation>Demo memakai simulator bawaan (tidak ada yang dibayar). Peruri staging dan produksi memerlukan akun distributor dan alamat toko distributor.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>e-mail, WhatsApp or telephone of the distributor</source>
        <translation>e-mail, WhatsApp, atau telepon distributor</translation>
    </message>
    <message>
        <source>Where to send an order&apos;s evidence when paid quota does not arrive. Shown beside the evidence as the deadline nears.</source>
        <translation>Ke mana bukti pesanan dikirim bila kuota yang sudah dibayar tidak masuk. Ditampilkan di samping bukti saat batas unggah mendekat.</translation>
    </message>
    <message>
        <source>Distributor&apos;s &amp;contact:</source>
        <translation>&amp;Kontak distributor:</translation>
    </message>
</context>
<context>
    <name>bubuh::ShrinkDialog</name>
    <message>
        <source>Make smaller: %1</source>
        <translation>Perkecil: %1</translation>
    </message>
    <message>
        <source>Before: %1 KB</source>
        <translation>Sebelum: %1 KB</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>The first page before</source>
        <translation>Halaman pertama sebelum diperkecil</translation>
    </message>
    <message>
        <source>The first page of the smaller copy</source>
        <translation>Halaman pertama salinan yang lebih kecil</translation>
    </message>
    <message>
        <source>Making a smaller copy…</source>
        <translation>Membuat salinan yang lebih kecil…</translation>
    </message>
    <message>
        <source>&amp;Save the smaller copy</source>
        <translation>&amp;Simpan salinan kecil</translation>
    </message>
    <message>
        <source>After: %1 KB</source>
        <translation>Sesudah: %1 KB</translation>
    </message>
    <message>
        <source>About %1 KB after stamping: it fits the %2 KB limit.</source>
        <translation>Sekitar %1 KB setelah bermeterai: muat dalam batas %2 KB.</translation>
    </message>
    <message>
        <source>Even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit. Remove pages, or scan again at a lower resolution.</source>
        <translation>Dengan pengaturan terkuat pun hasilnya sekitar %1 KB setelah bermeterai, melebihi batas %2 KB. Kurangi jumlah halaman atau pindai ulang dengan resolusi lebih rendah.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made lighter (%1 dpi); text and lines stay as they were.</source>
        <translation>
            <numerusform>%n gambar diperingan (%1 dpi); tulisan dan garis tetap seperti semula.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Dihapus: %1.</translation>
    </message>
    <message>
        <source>The copy is saved as %1 beside the original, and that copy is stamped.</source>
        <translation>Salinan disimpan sebagai %1 di samping aslinya, dan salinan itulah yang dibubuhi meterai.</translation>
    </message>
    <message>
        <source>The smaller copy cannot be saved to %1: %2</source>
        <translation>Salinan yang lebih kecil tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>bubuh::SignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Ingat kata sandi di gantungan kunci sistem</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Your distributor account. With the box ticked the password is kept in the system keychain (nowhere else), so that Bubuh signs in by itself next time and carries on with unfinished orders.</source>
        <translation>Akun distributor Anda. Bila kotak dicentang, kata sandi disimpan di gantungan kunci sistem (tidak di tempat lain), sehingga lain kali Bubuh masuk sendiri dan melanjutkan pesanan yang belum selesai.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
</context>
<context>
    <name>bubuh::StampBatch</name>
    <message numerus="yes">
        <source>Not enough quota: %n document(s) need %n e-Meterai, and %1 left. Buy more in step 1 first.</source>
        <translation>
            <numerusform>Kuota tidak cukup: %n dokumen perlu %n e-Meterai, sisa %1. Beli dulu di langkah 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a document waiting without a serial number can be cancelled.</source>
        <translation>Hanya dokumen yang menunggu tanpa nomor seri yang dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>bubuh::StampFlow</name>
    <message>
        <source>The document %1 cannot be read: %2</source>
        <translation>Dokumen %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The document %1 changed since stamping began. Put the original back, or start again with the new file.</source>
        <translation>Dokumen %1 berubah sejak pembubuhan dimulai. Kembalikan dokumen aslinya, atau mulai lagi dengan berkas baru.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s); page %1 does not exist.</source>
        <translation>
            <numerusform>Dokumen ini memiliki %n halaman; halaman %1 tidak ada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stamp does not fit on page %1 there: the page is %2 × %3 pt as displayed.</source>
        <translation>Meterai tidak muat di halaman %1 pada posisi itu: halaman berukuran %2 × %3 pt saat ditampilkan.</translation>
    </message>
    <message>
        <source>The result must not overwrite the original document.</source>
        <translation>Hasil tidak boleh menimpa dokumen asli.</translation>
    </message>
    <message>
        <source>There is no such job in the journal.</source>
        <translation>Pekerjaan itu tidak ada di jurnal.</translation>
    </message>
    <message>
        <source>There is no e-Meterai quota left. Buy quota first (bubuh-cli buy).</source>
        <translation>Kuota e-Meterai sudah habis. Beli kuota dulu (bubuh-cli buy).</translation>
    </message>
    <message>
        <source>The stamped document does not contain the original unchanged; it was not saved.</source>
        <translation>Dokumen bermeterai tidak memuat dokumen asli tanpa perubahan; dokumen tidak disimpan.</translation>
    </message>
    <message>
        <source>The stamped document is damaged; it was not saved.</source>
        <translation>Dokumen bermeterai rusak; dokumen tidak disimpan.</translation>
    </message>
    <message>
        <source>The stamped document has no e-Meterai signature for serial number %1; it was not saved.</source>
        <translation>Dokumen bermeterai tidak memiliki tanda tangan e-Meterai untuk nomor seri %1; dokumen tidak disimpan.</translation>
    </message>
    <message>
        <source>The result cannot be saved to %1: %2</source>
        <translation>Hasil tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <source>The e-Meterai in the stamped document does not check out (%1); it was not saved.</source>
        <translation>e-Meterai pada dokumen hasil tidak lolos pemeriksaan (%1); dokumen tidak disimpan.</translation>
    </message>
    <message>
        <source>Bubuh could not write its copy of the document to %1: %2</source>
        <translation>Bubuh tidak dapat menulis salinan dokumennya ke %1: %2</translation>
    </message>
    <message>
        <source>Bubuh&apos;s copy of the document (%1) is missing or changed. Start this document again.</source>
        <translation>Salinan dokumen milik Bubuh (%1) hilang atau berubah. Mulai lagi dokumen ini.</translation>
    </message>
    <message>
        <source>Looking up whether a serial number was already issued for %1…</source>
        <translation>Memeriksa apakah nomor seri sudah diterbitkan untuk %1…</translation>
    </message>
    <message>
        <source>Bubuh is waiting for the service&apos;s list of serial numbers, to find the one it may already have been given for %1. It does not buy another until it knows; it continues later by itself.</source>
        <translation>Bubuh menunggu daftar nomor seri dari layanan, untuk menemukan nomor yang mungkin sudah diberikan untuk %1. Bubuh tidak membeli nomor lain sebelum pasti; Bubuh melanjutkan sendiri nanti.</translation>
    </message>
    <message>
        <source>The service keeps losing its answer to the serial number request. Nothing was spent; Bubuh tries again later.</source>
        <translation>Jawaban layanan atas permintaan nomor seri terus hilang. Tidak ada kuota yang terpakai; Bubuh mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>The service does not show serial number %1 right now. Bubuh keeps it and tries again later.</source>
        <translation>Layanan belum menampilkan nomor seri %1 saat ini. Bubuh menyimpannya dan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>The service could not stamp %1 yet. Its serial number %2 is still good; Bubuh keeps it and tries again later.</source>
        <translation>Layanan belum dapat membubuhkan meterai pada %1. Nomor serinya %2 masih berlaku; Bubuh menyimpannya dan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>The service reports serial number %1 as used (%2) without stamping this document; it is recorded for a complaint.</source>
        <translation>Layanan menyatakan nomor seri %1 sudah terpakai (%2) tanpa membubuhkan dokumen ini; hal ini dicatat untuk pengaduan.</translation>
    </message>
    <message>
        <source>Bubuh cannot write its journal (%1): is the disk full? Nothing more was sent; free some space and continue.</source>
        <translation>Bubuh tidak dapat menulis catatannya (%1): ruang disk penuh? Tidak ada lagi yang dikirim; kosongkan sedikit ruang lalu lanjutkan.</translation>
    </message>
    <message>
        <source>%1 is already being stamped; Bubuh continues that job.</source>
        <translation>%1 sedang dibubuhi meterai; Bubuh melanjutkan pekerjaan itu.</translation>
    </message>
    <message>
        <source>Job %1 is already over (%2).</source>
        <translation>Pekerjaan %1 sudah berakhir (%2).</translation>
    </message>
    <message>
        <source>Job %1 holds (or may hold) a paid serial number (%2), so it is not cancelled: bubuh-cli resume finishes it with that number.</source>
        <translation>Pekerjaan %1 memegang (atau mungkin memegang) nomor seri yang sudah dibayar (%2), jadi tidak dibatalkan: bubuh-cli resume menyelesaikannya dengan nomor itu.</translation>
    </message>
    <message>
        <source>its answer is being looked up</source>
        <translation>jawabannya sedang dicari</translation>
    </message>
    <message>
        <source>Cancelled before a serial number was bought.</source>
        <translation>Dibatalkan sebelum nomor seri dibeli.</translation>
    </message>
    <message>
        <source>Job %1 moved on while it was being cancelled; look at it again.</source>
        <translation>Pekerjaan %1 berlanjut saat hendak dibatalkan; periksa lagi.</translation>
    </message>
    <message>
        <source>Bubuh cannot write its journal (%1): is the disk full?</source>
        <translation>Bubuh tidak dapat menulis catatannya (%1): ruang disk penuh?</translation>
    </message>
    <message>
        <source>Another Bubuh (a window or bubuh-cli) is already working on %1; this one leaves it to that one.</source>
        <translation>Bubuh lain (jendela atau bubuh-cli) sudah mengerjakan %1; yang ini menyerahkannya kepada yang itu.</translation>
    </message>
    <message>
        <source>The service reports serial number %1 as &quot;%2&quot;. Bubuh keeps it and asks again later.</source>
        <translation>Layanan melaporkan nomor seri %1 sebagai &quot;%2&quot;. Bubuh menyimpannya dan menanyakan lagi nanti.</translation>
    </message>
    <message>
        <source>%1 is already being stamped in this window.</source>
        <translation>%1 sedang dibubuhi meterai di jendela ini.</translation>
    </message>
    <message>
        <source>The e-Meterai in the stamped document is not where it was placed (page %1 instead of %2, or another position); it was not saved.</source>
        <translation>e-Meterai di dokumen hasil tidak berada di tempat yang dipilih (halaman %1, bukan %2, atau posisi lain); dokumen itu tidak disimpan.</translation>
    </message>
    <message>
        <source>%1 was changed on disk after it was opened, so its checks and the stamp&apos;s place may no longer hold. Open it again, look at it, then stamp it.</source>
        <translation>%1 berubah di disk setelah dibuka, jadi hasil pemeriksaannya dan letak meterainya mungkin tidak berlaku lagi. Buka lagi, periksa, lalu bubuhkan meterai.</translation>
    </message>
</context>
<context>
    <name>bubuh::StampMarker</name>
    <message>
        <source>e-Meterai: page %1, %2 mm from the left, %3 mm from the top, %4 mm wide</source>
        <translation>e-Meterai: halaman %1, %2 mm dari kiri, %3 mm dari atas, lebar %4 mm</translation>
    </message>
</context>
<context>
    <name>bubuh::StampPage</name>
    <message>
        <source>&amp;Stamp all</source>
        <translation>&amp;Bubuhkan semua</translation>
    </message>
    <message>
        <source>&amp;Check an e-Meterai…</source>
        <translation>&amp;Periksa e-Meterai…</translation>
    </message>
    <message>
        <source>Open the results &amp;folder</source>
        <translation>Buka &amp;folder hasil</translation>
    </message>
    <message>
        <source>Documents to stamp</source>
        <translation>Dokumen yang akan dibubuhi meterai</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Jenis dokumen</translation>
    </message>
    <message>
        <source>Stamp position</source>
        <translation>Posisi meterai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Stamp every document in the list (Ctrl+Enter)</source>
        <translation>Bubuhkan meterai pada semua dokumen di daftar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stamp and check</source>
        <translation>Bubuhkan dan periksa</translation>
    </message>
    <message>
        <source>Each document uses one e-Meterai. The result is saved next to the original as &lt;i&gt;name&lt;/i&gt;_bermeterai.pdf and checked before it is shown as done; the original is never changed.</source>
        <translation>Setiap dokumen memakai satu e-Meterai. Hasilnya disimpan di samping dokumen asli sebagai &lt;i&gt;nama&lt;/i&gt;_bermeterai.pdf dan diperiksa sebelum dinyatakan selesai; dokumen asli tidak pernah diubah.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n document(s) stamped, checked and saved.</source>
        <translation>
            <numerusform>Selesai: %n dokumen dibubuhi meterai, diperiksa, dan disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document type of %1</source>
        <translation>Jenis dokumen %1</translation>
    </message>
    <message>
        <source>page %1, %2 × %3 mm from the top left</source>
        <translation>halaman %1, %2 × %3 mm dari kiri atas</translation>
    </message>
    <message>
        <source>waiting its turn</source>
        <translation>menunggu giliran</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>disiapkan</translation>
    </message>
    <message>
        <source>uploaded; asking for a serial number</source>
        <translation>diunggah; meminta nomor seri</translation>
    </message>
    <message>
        <source>asking for a serial number…</source>
        <translation>meminta nomor seri…</translation>
    </message>
    <message>
        <source>stamping with serial number %1…</source>
        <translation>membubuhkan dengan nomor seri %1…</translation>
    </message>
    <message>
        <source>stamped; downloading and checking…</source>
        <translation>sudah dibubuhi; mengunduh dan memeriksa…</translation>
    </message>
    <message>
        <source>done: e-Meterai %1 checked and valid</source>
        <translation>selesai: e-Meterai %1 diperiksa dan sah</translation>
    </message>
    <message>
        <source>done: e-Meterai %1 is intact, but its issuer is not a trusted one</source>
        <translation>selesai: e-Meterai %1 utuh, tetapi penerbitnya tidak termasuk yang dipercaya</translation>
    </message>
    <message>
        <source>not stamped: %1</source>
        <translation>tidak dibubuhi: %1</translation>
    </message>
    <message>
        <source>waiting for the service; it continues with the same serial number (nothing is lost): %1</source>
        <translation>menunggu layanan; dilanjutkan dengan nomor seri yang sama (tidak ada yang hilang): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) ready to stamp, needing %n e-Meterai.</source>
        <translation>
            <numerusform>%n dokumen siap dibubuhi, perlu %n e-Meterai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota left: %1.</source>
        <translation>Sisa kuota: %1.</translation>
    </message>
    <message>
        <source>Sign in first (step 1).</source>
        <translation>Masuk dulu (langkah 1).</translation>
    </message>
    <message>
        <source>Checking the quota…</source>
        <translation>Memeriksa kuota…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) stamped and saved; the others say why in the list.</source>
        <translation>
            <numerusform>%1 dari %n dokumen dibubuhi meterai dan disimpan; alasan untuk yang lain ada di daftar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bubuh continues the unfinished ones by itself at %1, with their serial numbers.</source>
        <translation>Bubuh melanjutkan yang belum selesai sendiri pada %1, dengan nomor serinya masing-masing.</translation>
    </message>
    <message>
        <source>%1 (kode %2)</source>
        <translation>%1 (kode %2)</translation>
    </message>
    <message>
        <source>cancelled; nothing was spent</source>
        <translation>dibatalkan; tidak ada biaya yang terpakai</translation>
    </message>
    <message>
        <source>Ca&amp;ncel this document</source>
        <translation>Ba&amp;talkan dokumen ini</translation>
    </message>
    <message>
        <source>Stop stamping the selected document. Only possible while it holds no serial number yet, so nothing is spent.</source>
        <translation>Hentikan pembubuhan dokumen yang dipilih. Hanya bisa selama dokumen belum memegang nomor seri, jadi tidak ada biaya yang terpakai.</translation>
    </message>
    <message>
        <source>Cancel this document</source>
        <translation>Batalkan dokumen ini</translation>
    </message>
    <message>
        <source>Stop stamping %1? It holds no serial number yet, so nothing was spent on it.</source>
        <translation>Hentikan pembubuhan %1? Dokumen ini belum memegang nomor seri, jadi belum ada biaya yang terpakai.</translation>
    </message>
    <message>
        <source>%1 is cancelled; nothing was spent on it.</source>
        <translation>%1 dibatalkan; tidak ada biaya yang terpakai untuknya.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stamp %n document(s)</source>
        <translation>
            <numerusform>&amp;Bubuhkan %n dokumen</numerusform>
        </translation>
    </message>
    <message>
        <source>The quota holds %1; these documents need %2. Opens step 1 with the quantity filled in.</source>
        <translation>Kuota tinggal %1; dokumen-dokumen ini perlu %2. Membuka langkah 1 dengan jumlah yang sudah diisi.</translation>
    </message>
    <message>
        <source>Nothing to stamp yet</source>
        <translation>Belum ada yang perlu dibubuhi</translation>
    </message>
    <message>
        <source>Open the documents to stamp in step 2. Each one is listed here with its document type and where its stamp goes.</source>
        <translation>Buka dokumen yang akan dibubuhi di langkah 2. Setiap dokumen tercantum di sini beserta jenis dokumennya dan letak meterainya.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Buka PDF…</translation>
    </message>
    <message>
        <source>Stamping progress</source>
        <translation>Kemajuan pembubuhan</translation>
    </message>
    <message numerus="yes">
        <source>B&amp;uy %n more e-Meterai</source>
        <translation>
            <numerusform>Beli %n e-Meterai &amp;lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bubuh::StampPlan</name>
    <message>
        <source>ready to stamp</source>
        <translation>siap dibubuhi meterai</translation>
    </message>
    <message>
        <source>the stamp covers text or ink: move it in step 3 (Position)</source>
        <translation>meterai menutupi tulisan atau tinta: pindahkan di langkah 3 (Posisi)</translation>
    </message>
    <message>
        <source>already stamped (serial number %1): it is not stamped again</source>
        <translation>sudah bermeterai (nomor seri %1): tidak dibubuhi lagi</translation>
    </message>
    <message>
        <source>needs to be made smaller: ±%1 KB once stamped, and the portal takes %2 KB; use Make smaller in step 2</source>
        <translation>perlu diperkecil: ±%1 KB setelah bermeterai, padahal portal menerima %2 KB; pakai Perkecil di langkah 2</translation>
    </message>
    <message>
        <source>protected with a password: save a copy without the password (&quot;Save as PDF&quot;) and open that</source>
        <translation>dilindungi kata sandi: simpan salinan tanpa kata sandi (&quot;Simpan sebagai PDF&quot;), lalu buka salinan itu</translation>
    </message>
    <message>
        <source>replaced by its smaller copy %1, which is stamped instead</source>
        <translation>diganti salinan kecilnya, %1, yang dibubuhi meterai sebagai gantinya</translation>
    </message>
    <message>
        <source>cannot be stamped: %1</source>
        <translation>tidak dapat dibubuhi meterai: %1</translation>
    </message>
    <message>
        <source>Bubuh cannot read its journal (%1), so it cannot tell whether this document was stamped before. Close other programs that use it and start Bubuh again.</source>
        <translation>Bubuh tidak dapat membaca jurnalnya (%1), jadi tidak dapat memastikan apakah dokumen ini pernah dibubuhi meterai. Tutup program lain yang memakainya, lalu buka Bubuh lagi.</translation>
    </message>
    <message>
        <source>ready: continues with its serial number %1, already paid for</source>
        <translation>siap: dilanjutkan dengan nomor seri %1, yang sudah dibayar</translation>
    </message>
    <message>
        <source>checking that the stamp lands on blank paper…</source>
        <translation>memeriksa bahwa meterai jatuh di bagian kosong…</translation>
    </message>
</context>
<context>
    <name>bubuh::StampVerifier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF document.</source>
        <translation>%1 bukan dokumen PDF yang dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 rusak: %2</translation>
    </message>
    <message>
        <source>This document carries no e-Meterai.</source>
        <translation>Dokumen ini tidak memiliki e-Meterai.</translation>
    </message>
    <message>
        <source>The stamped document does not begin with the original unchanged: it is not the original with an e-Meterai added.</source>
        <translation>Dokumen bermeterai tidak diawali dokumen asli yang utuh: ini bukan dokumen asli yang ditambah e-Meterai.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed: signature %1 no longer matches. Ask the sender for the original file.</source>
        <translation>Dokumen diubah setelah ditandatangani: tanda tangan %1 tidak cocok lagi. Mintalah berkas aslinya kepada pengirim.</translation>
    </message>
    <message>
        <source>The document was changed after signature %1 was made (not only validation data was added). Ask the sender for the original file.</source>
        <translation>Dokumen diubah setelah tanda tangan %1 dibuat (bukan hanya data validasi yang ditambahkan). Mintalah berkas aslinya kepada pengirim.</translation>
    </message>
    <message>
        <source>Signature %1 is intact, but its issuer is not one Bubuh trusts, so it cannot be confirmed as a real e-Meterai.</source>
        <translation>Tanda tangan %1 utuh, tetapi penerbitnya tidak termasuk yang dipercaya Bubuh, sehingga tidak dapat dipastikan sebagai e-Meterai asli.</translation>
    </message>
    <message>
        <source>e-Meterai %1 is valid: the document is unchanged since it was stamped.</source>
        <translation>e-Meterai %1 sah: dokumen tidak berubah sejak dibubuhi meterai.</translation>
    </message>
    <message>
        <source>It was made by the simulator: SIMULATED, NOT LEGALLY VALID.</source>
        <translation>Dibuat oleh simulator: SIMULASI, TIDAK SAH SECARA HUKUM.</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>utuh</translation>
    </message>
    <message>
        <source>CHANGED or damaged</source>
        <translation>DIUBAH atau rusak</translation>
    </message>
    <message>
        <source>nothing added since</source>
        <translation>tidak ada tambahan sesudahnya</translation>
    </message>
    <message>
        <source>only validation data (DSS) added since</source>
        <translation>hanya data validasi (DSS) yang ditambahkan sesudahnya</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>diubah sesudahnya</translation>
    </message>
    <message>
        <source>trusted issuer</source>
        <translation>penerbit dipercaya</translation>
    </message>
    <message>
        <source>trusted issuer, certificate expired since signing</source>
        <translation>penerbit dipercaya, sertifikat kedaluwarsa setelah penandatanganan</translation>
    </message>
    <message>
        <source>trusted issuer, but the certificate was not valid when signing</source>
        <translation>penerbit dipercaya, tetapi sertifikat tidak berlaku saat penandatanganan</translation>
    </message>
    <message>
        <source>issuer not trusted</source>
        <translation>penerbit tidak dipercaya</translation>
    </message>
    <message>
        <source>%1 (serial number %2), signed by %3: %4; %5; %6; page %7.</source>
        <translation>%1 (nomor seri %2), ditandatangani oleh %3: %4; %5; %6; halaman %7.</translation>
    </message>
    <message>
        <source>Made by the simulator: SIMULATED, NOT LEGALLY VALID.</source>
        <translation>Dibuat oleh simulator: SIMULASI, TIDAK SAH SECARA HUKUM.</translation>
    </message>
    <message>
        <source>Signature %1 is intact, but its certificate has expired and no verifiable time-stamp proves it was made while the certificate was valid.</source>
        <translation>Tanda tangan %1 utuh, tetapi sertifikatnya sudah kedaluwarsa dan tidak ada cap waktu terverifikasi yang membuktikan tanda tangan itu dibuat selagi sertifikatnya masih berlaku.</translation>
    </message>
    <message>
        <source>Signature %1 is intact, but its certificate was not valid when it was made (time-stamped %2).</source>
        <translation>Tanda tangan %1 utuh, tetapi sertifikatnya tidak berlaku saat tanda tangan itu dibuat (cap waktu %2).</translation>
    </message>
    <message>
        <source>another signature added since, nothing else changed</source>
        <translation>sejak itu ditambahkan tanda tangan lain, tidak ada yang lain berubah</translation>
    </message>
    <message>
        <source>%1 has more than %2 signatures; Bubuh does not check it.</source>
        <translation>%1 memiliki lebih dari %2 tanda tangan; Bubuh tidak memeriksanya.</translation>
    </message>
</context>
<context>
    <name>bubuh::StepGuide</name>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>An order needs you</source>
        <translation>Ada pesanan yang perlu Anda tangani</translation>
    </message>
    <message>
        <source>Waiting for your payment</source>
        <translation>Menunggu pembayaran Anda</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Sedang membeli…</translation>
    </message>
    <message>
        <source>Reading the quota…</source>
        <translation>Membaca kuota…</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Kuota: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n short</source>
        <translation>
            <numerusform>%1, kurang %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Belum ada dokumen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) too large</source>
        <translation>
            <numerusform>%n dokumen terlalu besar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) cannot be stamped</source>
        <translation>
            <numerusform>%n dokumen tidak dapat dibubuhi meterai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) ready</source>
        <translation>
            <numerusform>%n dokumen siap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) already stamped</source>
        <translation>
            <numerusform>%n dokumen sudah bermeterai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) open</source>
        <translation>
            <numerusform>%n dokumen terbuka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s) cover text</source>
        <translation>
            <numerusform>%n meterai menutupi tulisan</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document first</source>
        <translation>Buka dokumen dulu</translation>
    </message>
    <message>
        <source>Checking the paper…</source>
        <translation>Memeriksa kertasnya…</translation>
    </message>
    <message>
        <source>On blank paper</source>
        <translation>Di bagian yang kosong</translation>
    </message>
    <message>
        <source>Stamping…</source>
        <translation>Sedang membubuhkan…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not stamped yet</source>
        <translation>
            <numerusform>%n dokumen belum bermeterai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) stamped</source>
        <translation>
            <numerusform>%n dokumen bermeterai</numerusform>
        </translation>
    </message>
    <message>
        <source>No document ready yet</source>
        <translation>Belum ada dokumen yang siap</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Masuk dulu</translation>
    </message>
    <message numerus="yes">
        <source>%n e-Meterai short</source>
        <translation>
            <numerusform>kurang %n e-Meterai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to stamp</source>
        <translation>
            <numerusform>%n dokumen untuk dibubuhi</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: sign in</source>
        <translation>Lanjut: masuk</translation>
    </message>
    <message>
        <source>See the order</source>
        <translation>Lihat pesanannya</translation>
    </message>
    <message>
        <source>Next: pay the order</source>
        <translation>Lanjut: bayar pesanan</translation>
    </message>
    <message>
        <source>Next: open documents</source>
        <translation>Lanjut: buka dokumen</translation>
    </message>
    <message>
        <source>Next: move the stamp</source>
        <translation>Lanjut: pindahkan meterai</translation>
    </message>
    <message>
        <source>Next: see what the documents need</source>
        <translation>Lanjut: lihat yang diperlukan dokumen</translation>
    </message>
    <message>
        <source>Check a stamped document</source>
        <translation>Periksa dokumen bermeterai</translation>
    </message>
    <message numerus="yes">
        <source>Buy %n e-Meterai</source>
        <translation>
            <numerusform>Beli %n e-Meterai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %n more e-Meterai</source>
        <translation>
            <numerusform>Beli %n e-Meterai lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stamp %n document(s)</source>
        <translation>
            <numerusform>Bubuhkan %n dokumen</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents need step 2 first</source>
        <translation>Dokumen perlu langkah 2 dulu</translation>
    </message>
    <message>
        <source>Nothing left to place</source>
        <translation>Tidak ada lagi yang perlu ditempatkan</translation>
    </message>
    <message>
        <source>Buying and stamping are off</source>
        <translation>Pembelian dan pembubuhan tidak aktif</translation>
    </message>
</context>
<context>
    <name>bubuh::VerifyDialog</name>
    <message>
        <source>Check an e-Meterai</source>
        <translation>Periksa e-Meterai</translation>
    </message>
    <message>
        <source>optional: the document before it was stamped</source>
        <translation>opsional: dokumen sebelum dibubuhi meterai</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Stamped &amp;document:</source>
        <translation>&amp;Dokumen bermeterai:</translation>
    </message>
    <message>
        <source>Choose the stamped document</source>
        <translation>Pilih dokumen bermeterai</translation>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation>Dokumen &amp;asli:</translation>
    </message>
    <message>
        <source>Choose the original document</source>
        <translation>Pilih dokumen asli</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Checks offline that the document is unchanged since its e-Meterai was added and who signed it. Nothing is sent anywhere.</source>
        <translation>Memeriksa tanpa internet bahwa dokumen tidak berubah sejak e-Meterai dibubuhkan, dan siapa penanda tangannya. Tidak ada yang dikirim ke mana pun.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>Dokumen PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Choose a stamped document to check.</source>
        <translation>Pilih dokumen bermeterai yang akan diperiksa.</translation>
    </message>
    <message>
        <source>The original document is unchanged at its start.</source>
        <translation>Dokumen asli utuh di bagian awalnya.</translation>
    </message>
    <message>
        <source>The original document is NOT unchanged at its start.</source>
        <translation>Dokumen asli TIDAK utuh di bagian awalnya.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>This document takes too long to check, so Bubuh stopped. A stamped document from the service checks in moments; this one may be built to stall checkers. Ask the sender for the original file.</source>
        <translation>Dokumen ini terlalu lama diperiksa, jadi Bubuh berhenti. Dokumen bermeterai dari layanan selesai diperiksa dalam sekejap; dokumen ini mungkin sengaja dibuat untuk menghambat pemeriksa. Mintalah berkas aslinya kepada pengirim.</translation>
    </message>
</context>
<context>
    <name>bubuh::Workspace</name>
    <message>
        <source>Bubuh cannot open its journal (%1), so it will not buy or stamp anything: it could not remember what was paid for. Check that the disk has room and that the folder can be written to.</source>
        <translation>Bubuh tidak dapat membuka jurnalnya (%1), jadi tidak akan membeli atau membubuhkan apa pun: Bubuh tidak akan bisa mengingat apa yang sudah dibayar. Periksa ruang disk dan izin tulis foldernya.</translation>
    </message>
    <message>
        <source>Bubuh will not buy or stamp anything in this window: %1</source>
        <translation>Bubuh tidak akan membeli atau membubuhkan apa pun di jendela ini: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bubuh</source>
        <translation>Bubuh</translation>
    </message>
    <message>
        <source>Bubuh is already open, but its window does not answer. Wait a moment and try again, or close it first.</source>
        <translation>Bubuh sudah terbuka, tetapi jendelanya tidak menanggapi. Tunggu sebentar lalu coba lagi, atau tutup dulu jendela itu.</translation>
    </message>
    <message>
        <source>Bubuh is already open. To try the demo, close that window first, then start the demo.</source>
        <translation>Bubuh sudah terbuka. Untuk mencoba demo, tutup dulu jendela itu, lalu jalankan demo.</translation>
    </message>
</context>
</TS>
