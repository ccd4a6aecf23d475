<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bubuh-cli</name>
    <message>
        <source>What to do (see above).</source>
        <translation>What to do (see above).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Machine-readable output.</translation>
    </message>
    <message>
        <source>Language of messages: id (default) or en.</source>
        <translation>Language of messages: id (default) or en.</translation>
    </message>
    <message>
        <source>Folder of the journal and settings.</source>
        <translation>Folder of the journal and settings.</translation>
    </message>
    <message>
        <source>One base URL for every service role (the simulator).</source>
        <translation>One base URL for every service role (the simulator).</translation>
    </message>
    <message>
        <source>An extra trusted root certificate (PEM).</source>
        <translation>An extra trusted root certificate (PEM).</translation>
    </message>
    <message>
        <source>Seconds the service may stay busy before giving up.</source>
        <translation>Seconds the service may stay busy before giving up.</translation>
    </message>
    <message>
        <source>Account name.</source>
        <translation>Account name.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Read the password from standard input.</translation>
    </message>
    <message>
        <source>How many e-Meterai to buy.</source>
        <translation>How many e-Meterai to buy.</translation>
    </message>
    <message>
        <source>Payment method: QRIS or VA.</source>
        <translation>Payment method: QRIS or VA.</translation>
    </message>
    <message>
        <source>Follow the order until its quota arrives.</source>
        <translation>Follow the order until its quota arrives.</translation>
    </message>
    <message>
        <source>Where to write the result.</source>
        <translation>Where to write the result.</translation>
    </message>
    <message>
        <source>Page for the stamp (1 = first).</source>
        <translation>Page for the stamp (1 = first).</translation>
    </message>
    <message>
        <source>Stamp&apos;s left edge from the page&apos;s left as displayed.</source>
        <translation>Stamp&apos;s left edge from the page&apos;s left as displayed.</translation>
    </message>
    <message>
        <source>Stamp&apos;s top edge from the page&apos;s top as displayed.</source>
        <translation>Stamp&apos;s top edge from the page&apos;s top as displayed.</translation>
    </message>
    <message>
        <source>Stamp size (default 100 pt).</source>
        <translation>Stamp size (default 100 pt).</translation>
    </message>
    <message>
        <source>Unit of --x, --y, --size: pt or mm.</source>
        <translation>Unit of --x, --y, --size: pt or mm.</translation>
    </message>
    <message>
        <source>A root certificate (PEM) that e-Meterai signatures are checked against; may be repeated.</source>
        <translation>A root certificate (PEM) that e-Meterai signatures are checked against; may be repeated.</translation>
    </message>
    <message>
        <source>The original document, to check it is unchanged.</source>
        <translation>The original document, to check it is unchanged.</translation>
    </message>
    <message>
        <source>Service profile: demo, peruri-staging, peruri-produksi or lainnya (the addresses in settings).</source>
        <translation>Service profile: demo, peruri-staging, peruri-produksi or lainnya (the addresses in settings).</translation>
    </message>
    <message>
        <source>The distributor&apos;s shop address for the chosen profile.</source>
        <translation>The distributor&apos;s shop address for the chosen profile.</translation>
    </message>
    <message>
        <source>Document type (jenisdoc): a kode (3) or a name (Surat Pernyataan). Default: kode 3.</source>
        <translation>Document type (jenisdoc): a kode (3) or a name (Surat Pernyataan). Default: kode 3.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Unknown profile &quot;%1&quot;. Choose one of: %2.</translation>
    </message>
    <message>
        <source>When the window or another bubuh-cli holds the journal, wait for it instead of stopping.</source>
        <translation>When the window or another bubuh-cli holds the journal, wait for it instead of stopping.</translation>
    </message>
    <message>
        <source>A root certificate (PEM) of the time-stamping authority whose tokens prove when a stamp was made; may be repeated.</source>
        <translation>A root certificate (PEM) of the time-stamping authority whose tokens prove when a stamp was made; may be repeated.</translation>
    </message>
    <message>
        <source>Largest file the portal slot accepts, in KB (default: the limit chosen for documents of this name in the window, else 800).</source>
        <translation>Largest file the portal slot accepts, in KB (default: the limit chosen for documents of this name in the window, else 800).</translation>
    </message>
    <message>
        <source>shrink: the limit the stamped result must fit, in KB (default: as --upload-limit).</source>
        <translation>shrink: the limit the stamped result must fit, in KB (default: as --upload-limit).</translation>
    </message>
    <message>
        <source>shrink, topdf: the highest resolution images keep (default 150; 200 for small print).</source>
        <translation>shrink, topdf: the highest resolution images keep (default 150; 200 for small print).</translation>
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
        <translation>Bubuh: e-Meterai from the command line.

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
6 another Bubuh holds the journal (see --wait-lock).</translation>
    </message>
    <message>
        <source>stamp: stamp even where the stamp covers text or ink.</source>
        <translation>stamp: stamp even where the stamp covers text or ink.</translation>
    </message>
</context>
<context>
    <name>bubuh::AccountPage</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Buy</translation>
    </message>
    <message>
        <source>Number of e-Meterai</source>
        <translation>Number of e-Meterai</translation>
    </message>
    <message>
        <source>QRIS (scan with any banking or e-wallet app)</source>
        <translation>QRIS (scan with any banking or e-wallet app)</translation>
    </message>
    <message>
        <source>Virtual account (bank transfer)</source>
        <translation>Virtual account (bank transfer)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Buy (Ctrl+B)</source>
        <translation>Buy (Ctrl+B)</translation>
    </message>
    <message>
        <source>Buy e-Meterai quota</source>
        <translation>Buy e-Meterai quota</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Pay with:</source>
        <translation>&amp;Pay with:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Account and quota</source>
        <translation>Account and quota</translation>
    </message>
    <message>
        <source>%1 × (%2 + fee %3) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>%1 × (%2 + fee %3) = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 × %2 = &lt;b&gt;%3&lt;/b&gt; (plus the shop&apos;s fee)</source>
        <translation>%1 × %2 = &lt;b&gt;%3&lt;/b&gt; (plus the shop&apos;s fee)</translation>
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
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in to a distributor account to see and buy quota. Opening, placing and checking documents work without signing in.</source>
        <translation>Sign in to a distributor account to see and buy quota. Opening, placing and checking documents work without signing in.</translation>
    </message>
    <message>
        <source>I must &amp;upload by (WIB):</source>
        <translation>I must &amp;upload by (WIB):</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>Upload deadline, Western Indonesia Time</source>
        <translation>Upload deadline, Western Indonesia Time</translation>
    </message>
    <message>
        <source>Welcome to Bubuh</source>
        <translation>Welcome to Bubuh</translation>
    </message>
    <message>
        <source>Bubuh buys e-Meterai quota from your distributor, places the stamp on your PDF, has it stamped and checks the result, step by step on the left. When the service is busy it waits in the queue for you, never pays twice and never loses a paid order. The demo shows the whole way with a simulator: nothing is paid, and its stamps say SIMULASI - TIDAK SAH.</source>
        <translation>Bubuh buys e-Meterai quota from your distributor, places the stamp on your PDF, has it stamped and checks the result, step by step on the left. When the service is busy it waits in the queue for you, never pays twice and never loses a paid order. The demo shows the whole way with a simulator: nothing is paid, and its stamps say SIMULASI - TIDAK SAH.</translation>
    </message>
    <message>
        <source>&amp;Try the demo first</source>
        <translation>&amp;Try the demo first</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Got it</translation>
    </message>
    <message>
        <source>Bubuh warns you when a wait would pass it.</source>
        <translation>Bubuh warns you when a wait would pass it.</translation>
    </message>
</context>
<context>
    <name>bubuh::CliContext</name>
    <message>
        <source>No password is stored for %1. Sign in again: bubuh-cli login --user %1 --password-stdin</source>
        <translation>No password is stored for %1. Sign in again: bubuh-cli login --user %1 --password-stdin</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>No certificate could be read from %1.</translation>
    </message>
    <message>
        <source>Not signed in to %1: no account name and password are stored for it. Sign in first: bubuh-cli%2 login --user NAME --password-stdin</source>
        <translation>Not signed in to %1: no account name and password are stored for it. Sign in first: bubuh-cli%2 login --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish with the journal…</source>
        <translation>Waiting for %1 to finish with the journal…</translation>
    </message>
</context>
<context>
    <name>bubuh::Commands</name>
    <message>
        <source>Give the account name: bubuh-cli login --user NAME --password-stdin</source>
        <translation>Give the account name: bubuh-cli login --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>Cannot read the password from standard input.</translation>
    </message>
    <message>
        <source>No password on standard input. Example: echo PASSWORD | bubuh-cli login --user NAME --password-stdin</source>
        <translation>No password on standard input. Example: echo PASSWORD | bubuh-cli login --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>Signed in as %1. The password is kept in the system keychain.</source>
        <translation>Signed in as %1. The password is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Quota: %1 · waiting to be stamped: %2</source>
        <translation>Quota: %1 · waiting to be stamped: %2</translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation>The journal is empty.</translation>
    </message>
    <message>
        <source>Nothing to resume: every order and job is finished.</source>
        <translation>Nothing to resume: every order and job is finished.</translation>
    </message>
    <message>
        <source>Order %1: %2 e-Meterai, %3, %4</source>
        <translation>Order %1: %2 e-Meterai, %3, %4</translation>
    </message>
    <message>
        <source>Pay %1 with QRIS: %2</source>
        <translation>Pay %1 with QRIS: %2</translation>
    </message>
    <message>
        <source>Pay %1 to virtual account %2</source>
        <translation>Pay %1 to virtual account %2</translation>
    </message>
    <message>
        <source>Use: bubuh-cli buy --quantity N [--method QRIS|VA] [--wait] (N from 1 to 1000)</source>
        <translation>Use: bubuh-cli buy --quantity N [--method QRIS|VA] [--wait] (N from 1 to 1000)</translation>
    </message>
    <message>
        <source>Give an order from bubuh-cli history: bubuh-cli evidence ORDER [--out FILE]</source>
        <translation>Give an order from bubuh-cli history: bubuh-cli evidence ORDER [--out FILE]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Evidence for the complaint written to %1.</source>
        <translation>Evidence for the complaint written to %1.</translation>
    </message>
    <message>
        <source>Job %1 stopped at %2; bubuh-cli resume continues it.</source>
        <translation>Job %1 stopped at %2; bubuh-cli resume continues it.</translation>
    </message>
    <message>
        <source>Use: bubuh-cli stamp FILE --out OUT --page P --x U --y V [--size S] [--unit pt|mm]</source>
        <translation>Use: bubuh-cli stamp FILE --out OUT --page P --x U --y V [--size S] [--unit pt|mm]</translation>
    </message>
    <message>
        <source>The stamp size must be between 54 and 200 pt (19 to 70 mm).</source>
        <translation>The stamp size must be between 54 and 200 pt (19 to 70 mm).</translation>
    </message>
    <message>
        <source>First finishing what was left unfinished…</source>
        <translation>First finishing what was left unfinished…</translation>
    </message>
    <message>
        <source>Use: bubuh-cli inspect FILE [--json]</source>
        <translation>Use: bubuh-cli inspect FILE [--json]</translation>
    </message>
    <message>
        <source>%1: PDF %2, %n page(s), %3 KB</source>
        <translation>%1: PDF %2, %n page(s), %3 KB</translation>
    </message>
    <message>
        <source>  page %1: %2 × %3 pt as displayed, rotated %4°</source>
        <translation>  page %1: %2 × %3 pt as displayed, rotated %4°</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The document can be stamped.</source>
        <translation>The document can be stamped.</translation>
    </message>
    <message>
        <source>The document cannot be stamped as it is.</source>
        <translation>The document cannot be stamped as it is.</translation>
    </message>
    <message>
        <source>Stamped with serial number %1, checked and saved to %2.</source>
        <translation>Stamped with serial number %1, checked and saved to %2.</translation>
    </message>
    <message>
        <source>Use: bubuh-cli verify FILE [--original ORIGINAL] [--json]</source>
        <translation>Use: bubuh-cli verify FILE [--original ORIGINAL] [--json]</translation>
    </message>
    <message>
        <source>The original document is unchanged at the start of this file.</source>
        <translation>The original document is unchanged at the start of this file.</translation>
    </message>
    <message>
        <source>The original document is NOT unchanged at the start of this file.</source>
        <translation>The original document is NOT unchanged at the start of this file.</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;. Use a kode or a name: %2</source>
        <translation>Unknown document type &quot;%1&quot;. Use a kode or a name: %2</translation>
    </message>
    <message>
        <source>Document %1 (job %2): %3%4</source>
        <translation>Document %1 (job %2): %3%4</translation>
    </message>
    <message>
        <source>Give a job from bubuh-cli history: bubuh-cli cancel JOB</source>
        <translation>Give a job from bubuh-cli history: bubuh-cli cancel JOB</translation>
    </message>
    <message>
        <source>Job %1 (%2) is cancelled; nothing was spent on it.</source>
        <translation>Job %1 (%2) is cancelled; nothing was spent on it.</translation>
    </message>
    <message>
        <source>Stamped with serial number %1 and saved to %2. It is intact, but its issuer could not be confirmed: %3</source>
        <translation>Stamped with serial number %1 and saved to %2. It is intact, but its issuer could not be confirmed: %3</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Use: bubuh-cli shrink FILE [--out OUT] [--limit KB] [--dpi 50-600]</source>
        <translation>Use: bubuh-cli shrink FILE [--out OUT] [--limit KB] [--dpi 50-600]</translation>
    </message>
    <message>
        <source>The smaller copy must not replace the original: choose another --out.</source>
        <translation>The smaller copy must not replace the original: choose another --out.</translation>
    </message>
    <message>
        <source>The document %1 cannot be read: %2</source>
        <translation>The document %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The smaller copy cannot be saved to %1: %2</source>
        <translation>The smaller copy cannot be saved to %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 KB -&gt; %3 KB, saved as %4</source>
        <translation>%1: %2 KB -&gt; %3 KB, saved as %4</translation>
    </message>
    <message>
        <source>  %n image(s) recompressed at %1 dpi, JPEG quality %2</source>
        <translation>  %n image(s) recompressed at %1 dpi, JPEG quality %2</translation>
    </message>
    <message>
        <source>  images kept as they were; only the file&apos;s structure was rewritten</source>
        <translation>  images kept as they were; only the file&apos;s structure was rewritten</translation>
    </message>
    <message>
        <source>  left out: %1</source>
        <translation>  left out: %1</translation>
    </message>
    <message>
        <source>About %1 KB after stamping: it fits the %2 KB limit. Stamp the copy, not the original.</source>
        <translation>About %1 KB after stamping: it fits the %2 KB limit. Stamp the copy, not the original.</translation>
    </message>
    <message>
        <source>Even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit: remove pages, or scan again at a lower resolution.</source>
        <translation>Even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit: remove pages, or scan again at a lower resolution.</translation>
    </message>
    <message>
        <source>Use: bubuh-cli topdf IMAGE... --out OUT [--limit KB] [--dpi 50-600]</source>
        <translation>Use: bubuh-cli topdf IMAGE... --out OUT [--limit KB] [--dpi 50-600]</translation>
    </message>
    <message>
        <source>The PDF cannot be saved to %1: %2</source>
        <translation>The PDF cannot be saved to %1: %2</translation>
    </message>
    <message>
        <source>%n page(s), %1 KB, saved as %2</source>
        <translation>%n page(s), %1 KB, saved as %2</translation>
    </message>
    <message>
        <source>  images at %1 dpi, JPEG quality %2</source>
        <translation>  images at %1 dpi, JPEG quality %2</translation>
    </message>
    <message>
        <source>The page does not exist.</source>
        <translation>The page does not exist.</translation>
    </message>
    <message>
        <source>The stamp there covers text or ink (%1 % of its square). The stamp must not cover text or a signature. Run bubuh-cli place to find a blank spot, or give --allow-overlap if it is meant to be there.</source>
        <translation>The stamp there covers text or ink (%1 % of its square). The stamp must not cover text or a signature. Run bubuh-cli place to find a blank spot, or give --allow-overlap if it is meant to be there.</translation>
    </message>
    <message>
        <source>Use: bubuh-cli place FILE --page P [--size 54-200] [--json]</source>
        <translation>Use: bubuh-cli place FILE --page P [--size 54-200] [--json]</translation>
    </message>
    <message>
        <source>The document has no page %1.</source>
        <translation>The document has no page %1.</translation>
    </message>
    <message>
        <source>A blank spot on page %1: --x %2 --y %3 --size %4 (points from the top left of the page as displayed; %5 % ink under it).</source>
        <translation>A blank spot on page %1: --x %2 --y %3 --size %4 (points from the top left of the page as displayed; %5 % ink under it).</translation>
    </message>
    <message>
        <source>Whether the stamp covers text could not be checked: %1</source>
        <translation>Whether the stamp covers text could not be checked: %1</translation>
    </message>
    <message>
        <source>a file of that name is already there; choose another --out</source>
        <translation>a file of that name is already there; choose another --out</translation>
    </message>
    <message>
        <source>The PDF must not replace a photo: choose another --out.</source>
        <translation>The PDF must not replace a photo: choose another --out.</translation>
    </message>
</context>
<context>
    <name>bubuh::Deadline</name>
    <message>
        <source>Upload deadline: %1</source>
        <translation>Upload deadline: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>%1 and %2 left</source>
        <translation>%1 and %2 left</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload deadline (%1) has passed. Bubuh keeps every paid order and serial number; if the portal reopens, they are still yours.</source>
        <translation>The upload deadline (%1) has passed. Bubuh keeps every paid order and serial number; if the portal reopens, they are still yours.</translation>
    </message>
    <message>
        <source>the distributor you bought from</source>
        <translation>the distributor you bought from</translation>
    </message>
    <message>
        <source>The service expects to get to you at about %1, after your upload deadline (%2). Another distributor may be faster: choose its profile in Settings. Buying now and stamping later is safe too: quota you hold does not expire with the queue.</source>
        <translation>The service expects to get to you at about %1, after your upload deadline (%2). Another distributor may be faster: choose its profile in Settings. Buying now and stamping later is safe too: quota you hold does not expire with the queue.</translation>
    </message>
    <message>
        <source>The stamping service asks to wait until about %1, after your upload deadline (%2). Bubuh keeps each serial number and goes on by itself; another distributor&apos;s service may answer sooner (Settings).</source>
        <translation>The stamping service asks to wait until about %1, after your upload deadline (%2). Bubuh keeps each serial number and goes on by itself; another distributor&apos;s service may answer sooner (Settings).</translation>
    </message>
    <message>
        <source>Your order is paid (or its payment may have gone through) but its quota has not arrived, and the deadline is %1 away. Export the order&apos;s evidence now and send it to %2: it shows what you paid and when, should you need to explain a late upload.</source>
        <translation>Your order is paid (or its payment may have gone through) but its quota has not arrived, and the deadline is %1 away. Export the order&apos;s evidence now and send it to %2: it shows what you paid and when, should you need to explain a late upload.</translation>
    </message>
</context>
<context>
    <name>bubuh::DemoService</name>
    <message>
        <source>The demo service could not start: %1</source>
        <translation>The demo service could not start: %1</translation>
    </message>
</context>
<context>
    <name>bubuh::DocumentInspector</name>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>The file cannot be opened: %1. Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>The file is empty. Save or export the document again.</source>
        <translation>The file is empty. Save or export the document again.</translation>
    </message>
    <message>
        <source>This is not a PDF document. Open it in its program and use &quot;Save as PDF&quot; or &quot;Export to PDF&quot;.</source>
        <translation>This is not a PDF document. Open it in its program and use &quot;Save as PDF&quot; or &quot;Export to PDF&quot;.</translation>
    </message>
    <message>
        <source>The document is incomplete (cut off before its end). Download or export it again.</source>
        <translation>The document is incomplete (cut off before its end). Download or export it again.</translation>
    </message>
    <message>
        <source>The document is protected (encrypted), and e-Meterai cannot be put on a protected document. Remove the protection: open it and print it to a new PDF (&quot;Save as PDF&quot;).</source>
        <translation>The document is protected (encrypted), and e-Meterai cannot be put on a protected document. Remove the protection: open it and print it to a new PDF (&quot;Save as PDF&quot;).</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>The document has no pages.</translation>
    </message>
    <message>
        <source>The first page is not A4; the applicant portals ask for A4 documents.</source>
        <translation>The first page is not A4; the applicant portals ask for A4 documents.</translation>
    </message>
    <message>
        <source>The document is certified against changes, so no e-Meterai can be added. Ask its author for a version that is not certified.</source>
        <translation>The document is certified against changes, so no e-Meterai can be added. Ask its author for a version that is not certified.</translation>
    </message>
    <message>
        <source>The document already has an e-Meterai (serial number %1). Stamping it again uses another quota.</source>
        <translation>The document already has an e-Meterai (serial number %1). Stamping it again uses another quota.</translation>
    </message>
    <message>
        <source>The document is already signed. The e-Meterai is added without changing the signed content, so the signature stays valid.</source>
        <translation>The document is already signed. The e-Meterai is added without changing the signed content, so the signature stays valid.</translation>
    </message>
    <message>
        <source>The document is slightly damaged and had to be repaired to be read. Export it again with &quot;Save as PDF&quot; before stamping, so the stamped result is sound.</source>
        <translation>The document is slightly damaged and had to be repaired to be read. Export it again with &quot;Save as PDF&quot; before stamping, so the stamped result is sound.</translation>
    </message>
    <message>
        <source>The document is protected with a password. Open it with its password, print it to a new PDF without a password (&quot;Save as PDF&quot;), and use that.</source>
        <translation>The document is protected with a password. Open it with its password, print it to a new PDF without a password (&quot;Save as PDF&quot;), and use that.</translation>
    </message>
    <message>
        <source>The document is damaged and cannot be read. Export it again with &quot;Save as PDF&quot;.</source>
        <translation>The document is damaged and cannot be read. Export it again with &quot;Save as PDF&quot;.</translation>
    </message>
    <message>
        <source>After stamping, this document will be about %1 KB, and the portal accepts at most %2 KB. Make it smaller first with &quot;Make smaller&quot;: a stamped document cannot be changed, and the stamp alone adds about %3 KB.</source>
        <translation>After stamping, this document will be about %1 KB, and the portal accepts at most %2 KB. Make it smaller first with &quot;Make smaller&quot;: a stamped document cannot be changed, and the stamp alone adds about %3 KB.</translation>
    </message>
    <message>
        <source>±%1 KB after stamping, limit %2 KB: fits</source>
        <translation>±%1 KB after stamping, limit %2 KB: fits</translation>
    </message>
    <message>
        <source>±%1 KB after stamping, limit %2 KB: needs to be made smaller</source>
        <translation>±%1 KB after stamping, limit %2 KB: needs to be made smaller</translation>
    </message>
    <message>
        <source>The signature %1 in this document is broken: the document was changed after it was signed. The e-Meterai service refuses such a document, after the serial number is paid. Ask the signer for the original signed file.</source>
        <translation>The signature %1 in this document is broken: the document was changed after it was signed. The e-Meterai service refuses such a document, after the serial number is paid. Ask the signer for the original signed file.</translation>
    </message>
    <message>
        <source>The document was changed after signature %1 was made, so that signature will show as changed. Ask the signer for the original signed file before stamping.</source>
        <translation>The document was changed after signature %1 was made, so that signature will show as changed. Ask the signer for the original signed file before stamping.</translation>
    </message>
</context>
<context>
    <name>bubuh::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <source>Open PDF documents (Ctrl+O)</source>
        <translation>Open PDF documents (Ctrl+O)</translation>
    </message>
    <message>
        <source>Opened documents</source>
        <translation>Opened documents</translation>
    </message>
    <message>
        <source>Make s&amp;maller…</source>
        <translation>Make s&amp;maller…</translation>
    </message>
    <message>
        <source>PDF from &amp;photos…</source>
        <translation>PDF from &amp;photos…</translation>
    </message>
    <message>
        <source>Make one A4 PDF of photos or scans (JPEG, PNG)</source>
        <translation>Make one A4 PDF of photos or scans (JPEG, PNG)</translation>
    </message>
    <message>
        <source>Upload &amp;limit of its portal slot:</source>
        <translation>Upload &amp;limit of its portal slot:</translation>
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
        <translation>Choose or type the largest file, in KB, that the portal accepts for this document. It is remembered for documents of this name.</translation>
    </message>
    <message>
        <source>Make a smaller copy whose stamped result fits the limit</source>
        <translation>Make a smaller copy whose stamped result fits the limit</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: check where the stamp goes in step 3 (Position).</source>
        <translation>Next: check where the stamp goes in step 3 (Position).</translation>
    </message>
    <message>
        <source>Everything in this step works offline; nothing is sent yet. More documents can be dropped on the window at any time.</source>
        <translation>Everything in this step works offline; nothing is sent yet. More documents can be dropped on the window at any time.</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>No documents yet</translation>
    </message>
    <message>
        <source>Open the PDF documents to stamp, or drop them on this window. A paper letter can be photographed or scanned, and the pictures made into one PDF.</source>
        <translation>Open the PDF documents to stamp, or drop them on this window. A paper letter can be photographed or scanned, and the pictures made into one PDF.</translation>
    </message>
    <message>
        <source>Upload limit of its portal slot</source>
        <translation>Upload limit of its portal slot</translation>
    </message>
</context>
<context>
    <name>bubuh::EmeteraiClient</name>
    <message>
        <source>The answer of the e-Meterai service was lost on the way. Bubuh will check what happened; nothing is charged twice.</source>
        <translation>The answer of the e-Meterai service was lost on the way. Bubuh will check what happened; nothing is charged twice.</translation>
    </message>
    <message>
        <source>The e-Meterai service stayed busy until the time limit. Nothing was lost; Bubuh keeps what was started and can continue later.</source>
        <translation>The e-Meterai service stayed busy until the time limit. Nothing was lost; Bubuh keeps what was started and can continue later.</translation>
    </message>
    <message>
        <source>The shop has a waiting room; Bubuh is joining the queue.</source>
        <translation>The shop has a waiting room; Bubuh is joining the queue.</translation>
    </message>
    <message>
        <source>Signing in failed. Check the user name and password.</source>
        <translation>Signing in failed. Check the user name and password.</translation>
    </message>
    <message>
        <source>The connection to the e-Meterai service is not secure or not allowed.</source>
        <translation>The connection to the e-Meterai service is not secure or not allowed.</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1). %2</source>
        <translation>The service refused the request (HTTP %1). %2</translation>
    </message>
    <message>
        <source>The stamped document could not be downloaded whole.</source>
        <translation>The stamped document could not be downloaded whole.</translation>
    </message>
    <message>
        <source>Bubuh refused the connection to the service: its certificate cannot be confirmed (%1). Someone may be listening in between, or the address is wrong, so nothing was sent. For a test server, add its root certificate in Settings (or bubuh-cli --trust).</source>
        <translation>Bubuh refused the connection to the service: its certificate cannot be confirmed (%1). Someone may be listening in between, or the address is wrong, so nothing was sent. For a test server, add its root certificate in Settings (or bubuh-cli --trust).</translation>
    </message>
</context>
<context>
    <name>bubuh::FlattenedPreview</name>
    <message>
        <source>The stamped document cannot be previewed.</source>
        <translation>The stamped document cannot be previewed.</translation>
    </message>
</context>
<context>
    <name>bubuh::FlowStatus</name>
    <message numerus="yes">
        <source>The service is busy: trying again in %n second(s) (attempt %1)</source>
        <translation>
            <numerusform>The service is busy: trying again in %n second(s) (attempt %1)</numerusform>
            <numerusform>The service is busy: trying again in %n second(s) (attempt %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer yet: trying again in %n second(s) (attempt %1)</source>
        <translation>
            <numerusform>No answer yet: trying again in %n second(s) (attempt %1)</numerusform>
            <numerusform>No answer yet: trying again in %n second(s) (attempt %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bubuh::Journal</name>
    <message>
        <source>Bubuh cannot read its journal (%1). Nothing is bought or stamped until it can; close other programs that use it and try again.</source>
        <translation>Bubuh cannot read its journal (%1). Nothing is bought or stamped until it can; close other programs that use it and try again.</translation>
    </message>
</context>
<context>
    <name>bubuh::JournalLock</name>
    <message>
        <source>%1, process %2</source>
        <translation>%1, process %2</translation>
    </message>
    <message>
        <source>Another Bubuh is working with this journal%1. Close it first, or let bubuh-cli wait for it with --wait-lock.</source>
        <translation>Another Bubuh is working with this journal%1. Close it first, or let bubuh-cli wait for it with --wait-lock.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written. Check that the folder can be written to.</source>
        <translation>The lock file %1 cannot be written. Check that the folder can be written to.</translation>
    </message>
</context>
<context>
    <name>bubuh::KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available, so Bubuh cannot keep the password safely. Unlock or set up the keychain (on Linux: GNOME Keyring or KWallet), then try again.</source>
        <translation>The system keychain is not available, so Bubuh cannot keep the password safely. Unlock or set up the keychain (on Linux: GNOME Keyring or KWallet), then try again.</translation>
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
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open PDF documents</source>
        <translation>Open PDF documents</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>PDF documents (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Protected document</source>
        <translation>Protected document</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Enter it to look at the document; it is not stored. (To stamp it, save a copy without a password first.)</source>
        <translation>%1 is protected with a password. Enter it to look at the document; it is not stored. (To stamp it, save a copy without a password first.)</translation>
    </message>
    <message>
        <source>Bubuh</source>
        <translation>Bubuh</translation>
    </message>
    <message>
        <source>&amp;Check an e-Meterai…</source>
        <translation>&amp;Check an e-Meterai…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Bubuh</source>
        <translation>&amp;About Bubuh</translation>
    </message>
    <message>
        <source>About Bubuh</source>
        <translation>About Bubuh</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bubuh %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Buys e-Meterai quota, places the stamp on your PDF and gets it stamped, waiting patiently when the service is busy. It never charges twice and never loses a paid order.&lt;/p&gt;&lt;p&gt;Demo mode uses a simulator: its stamps say SIMULASI - TIDAK SAH and have no legal value.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bubuh %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Buys e-Meterai quota, places the stamp on your PDF and gets it stamped, waiting patiently when the service is busy. It never charges twice and never loses a paid order.&lt;/p&gt;&lt;p&gt;Demo mode uses a simulator: its stamps say SIMULASI - TIDAK SAH and have no legal value.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Sign o&amp;ut</translation>
    </message>
    <message>
        <source>Signed out. The token is forgotten on this computer.</source>
        <translation>Signed out. The token is forgotten on this computer.</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>&amp;Forget the saved password</translation>
    </message>
    <message>
        <source>The saved password is removed from the system keychain.</source>
        <translation>The saved password is removed from the system keychain.</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1</source>
        <translation>The saved password could not be removed: %1</translation>
    </message>
    <message>
        <source>Photos or scans for one PDF</source>
        <translation>Photos or scans for one PDF</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>The next thing to do</source>
        <translation>The next thing to do</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
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
        <translation>Not stamped</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Stamped</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) stamped, checked and saved.</source>
        <translation>
            <numerusform>%n document stamped, checked and saved.</numerusform>
            <numerusform>%n documents stamped, checked and saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stamping needs you</source>
        <translation>Stamping needs you</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) stamped; step 4 says why the others are not.</source>
        <translation>
            <numerusform>%1 of %n document stamped; step 4 says why the others are not.</numerusform>
            <numerusform>%1 of %n documents stamped; step 4 says why the others are not.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota arrived</source>
        <translation>Quota arrived</translation>
    </message>
    <message numerus="yes">
        <source>%n e-Meterai added to your quota.</source>
        <translation>
            <numerusform>%n e-Meterai added to your quota.</numerusform>
            <numerusform>%n e-Meterai added to your quota.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order needs you</source>
        <translation>The order needs you</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Your turn</translation>
    </message>
    <message>
        <source>The waiting room let you in; Bubuh is placing the order.</source>
        <translation>The waiting room let you in; Bubuh is placing the order.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>The payment arrived; Bubuh is waiting for the quota.</source>
        <translation>The payment arrived; Bubuh is waiting for the quota.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Upload deadline</source>
        <translation>Upload deadline</translation>
    </message>
    <message>
        <source>&amp;Export the evidence…</source>
        <translation>&amp;Export the evidence…</translation>
    </message>
    <message>
        <source>Choose another &amp;distributor…</source>
        <translation>Choose another &amp;distributor…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>An order or a stamp is under way. Let it finish (or stop waiting in step 1), then try the demo.</source>
        <translation>An order or a stamp is under way. Let it finish (or stop waiting in step 1), then try the demo.</translation>
    </message>
</context>
<context>
    <name>bubuh::OpenDocuments</name>
    <message>
        <source>This document takes too long to read, so Bubuh stopped. Export it again with &quot;Save as PDF&quot; and open that.</source>
        <translation>This document takes too long to read, so Bubuh stopped. Export it again with &quot;Save as PDF&quot; and open that.</translation>
    </message>
</context>
<context>
    <name>bubuh::OrderPanel</name>
    <message>
        <source>Your order</source>
        <translation>Your order</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copy number</translation>
    </message>
    <message>
        <source>I have paid (simulated)</source>
        <translation>I have paid (simulated)</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Stop waiting</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>&amp;Export evidence for a complaint…</source>
        <translation>&amp;Export evidence for a complaint…</translation>
    </message>
    <message>
        <source>QRIS payment code</source>
        <translation>QRIS payment code</translation>
    </message>
    <message>
        <source>The order stays saved; Bubuh continues it when you press Continue or start it again.</source>
        <translation>The order stays saved; Bubuh continues it when you press Continue or start it again.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n e-Meterai. Pay %2 to receive the quota.</source>
        <translation>
            <numerusform>Order %1: %n e-Meterai. Pay %2 to receive the quota.</numerusform>
            <numerusform>Order %1: %n e-Meterai. Pay %2 to receive the quota.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment received for order %1; the quota is on its way. Bubuh keeps checking until it arrives.</source>
        <translation>Payment received for order %1; the quota is on its way. Bubuh keeps checking until it arrives.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n e-Meterai added to your quota.</source>
        <translation>
            <numerusform>Done: %n e-Meterai added to your quota.</numerusform>
            <numerusform>Done: %n e-Meterai added to your quota.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is being checked (sedang diperiksa). Nothing is charged twice; Bubuh finishes it with the same order number.</source>
        <translation>The order is being checked (sedang diperiksa). Nothing is charged twice; Bubuh finishes it with the same order number.</translation>
    </message>
    <message>
        <source>Order %1 expired before it was paid. Nothing was charged.</source>
        <translation>Order %1 expired before it was paid. Nothing was charged.</translation>
    </message>
    <message>
        <source>The shop refused the order: %1</source>
        <translation>The shop refused the order: %1</translation>
    </message>
    <message>
        <source>Stopped waiting. The order is saved; press Continue when you are ready.</source>
        <translation>Stopped waiting. The order is saved; press Continue when you are ready.</translation>
    </message>
    <message>
        <source>Virtual account: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Virtual account: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pay before %1 (%2 left).</source>
        <translation>Pay before %1 (%2 left).</translation>
    </message>
    <message>
        <source>The time to pay has passed; the shop will close this order.</source>
        <translation>The time to pay has passed; the shop will close this order.</translation>
    </message>
    <message>
        <source>Save evidence for a complaint</source>
        <translation>Save evidence for a complaint</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation>Evidence not saved</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Evidence saved</source>
        <translation>Evidence saved</translation>
    </message>
    <message>
        <source>The order&apos;s record is in %1. Send it to the distributor with your complaint; it holds the order number, the payment reference and every step with its time.</source>
        <translation>The order&apos;s record is in %1. Send it to the distributor with your complaint; it holds the order number, the payment reference and every step with its time.</translation>
    </message>
    <message>
        <source>Bubuh tries again by itself at %1.</source>
        <translation>Bubuh tries again by itself at %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sending the order for %n e-Meterai to the shop…</source>
        <translation>
            <numerusform>Sending the order for %n e-Meterai to the shop…</numerusform>
            <numerusform>Sending the order for %n e-Meterai to the shop…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bubuh::OrderReport</name>
    <message>
        <source>prepared</source>
        <translation>prepared</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>waiting for payment</translation>
    </message>
    <message>
        <source>paid, quota being processed</source>
        <translation>paid, quota being processed</translation>
    </message>
    <message>
        <source>quota received</source>
        <translation>quota received</translation>
    </message>
    <message>
        <source>expired unpaid</source>
        <translation>expired unpaid</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>being checked</translation>
    </message>
</context>
<context>
    <name>bubuh::PageBoxes</name>
    <message>
        <source>The document is protected with a password.</source>
        <translation>The document is protected with a password.</translation>
    </message>
    <message>
        <source>The document is damaged and cannot be read.</source>
        <translation>The document is damaged and cannot be read.</translation>
    </message>
</context>
<context>
    <name>bubuh::PageInk</name>
    <message>
        <source>Bubuh cannot see where this page has text, so it cannot check that the stamp lands on blank paper. Look at the preview yourself.</source>
        <translation>Bubuh cannot see where this page has text, so it cannot check that the stamp lands on blank paper. Look at the preview yourself.</translation>
    </message>
</context>
<context>
    <name>bubuh::PageThumbnails</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>bubuh::PageView</name>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Drag the stamp, or move it with the arrow keys (Shift: 10 points).</source>
        <translation>Drag the stamp, or move it with the arrow keys (Shift: 10 points).</translation>
    </message>
</context>
<context>
    <name>bubuh::PdfShrinker</name>
    <message>
        <source>The document is protected with a password, so Bubuh does not rewrite it. Save a copy without a password first.</source>
        <translation>The document is protected with a password, so Bubuh does not rewrite it. Save a copy without a password first.</translation>
    </message>
    <message>
        <source>The document is protected (encrypted), so Bubuh does not rewrite it. Print it to a new PDF without protection (&quot;Save as PDF&quot;) and make that smaller.</source>
        <translation>The document is protected (encrypted), so Bubuh does not rewrite it. Print it to a new PDF without protection (&quot;Save as PDF&quot;) and make that smaller.</translation>
    </message>
    <message>
        <source>The document is certified against changes; making it smaller would break the certification. Ask its author for a smaller version.</source>
        <translation>The document is certified against changes; making it smaller would break the certification. Ask its author for a smaller version.</translation>
    </message>
    <message>
        <source>The document is signed; making it smaller would break the signature. Ask the signer for a smaller signed version, or sign a smaller copy again.</source>
        <translation>The document is signed; making it smaller would break the signature. Ask the signer for a smaller signed version, or sign a smaller copy again.</translation>
    </message>
    <message>
        <source>page thumbnails</source>
        <translation>page thumbnails</translation>
    </message>
    <message>
        <source>embedded files</source>
        <translation>embedded files</translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>page-piece data of the program that made it</source>
        <translation>page-piece data of the program that made it</translation>
    </message>
    <message>
        <source>The document cannot be read, so it cannot be made smaller. Export it again with &quot;Save as PDF&quot;.</source>
        <translation>The document cannot be read, so it cannot be made smaller. Export it again with &quot;Save as PDF&quot;.</translation>
    </message>
</context>
<context>
    <name>bubuh::PdfUpgrade</name>
    <message>
        <source>This older PDF could not be prepared for stamping. Save it again as PDF from the program that made it, then open the new file.</source>
        <translation>This older PDF could not be prepared for stamping. Save it again as PDF from the program that made it, then open the new file.</translation>
    </message>
</context>
<context>
    <name>bubuh::PhotoPdf</name>
    <message>
        <source>%1 cannot be read as a photo or scan. Use JPEG or PNG images.</source>
        <translation>%1 cannot be read as a photo or scan. Use JPEG or PNG images.</translation>
    </message>
    <message>
        <source>Choose at least one photo or scan.</source>
        <translation>Choose at least one photo or scan.</translation>
    </message>
</context>
<context>
    <name>bubuh::PhotoPdfDialog</name>
    <message>
        <source>&amp;Make PDF</source>
        <translation>&amp;Make PDF</translation>
    </message>
    <message>
        <source>PDF from photos</source>
        <translation>PDF from photos</translation>
    </message>
    <message>
        <source>One page per photo or scan, in this order, turned upright and fitted on A4. Drag the pages, or use the buttons, to change the order.</source>
        <translation>One page per photo or scan, in this order, turned upright and fitted on A4. Drag the pages, or use the buttons, to change the order.</translation>
    </message>
    <message>
        <source>Pages, in order</source>
        <translation>Pages, in order</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>The PDF is saved as %1.</source>
        <translation>The PDF is saved as %1.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>The PDF cannot be saved to %1: %2</source>
        <translation>The PDF cannot be saved to %1: %2</translation>
    </message>
    <message>
        <source>Saved, but even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit. Use fewer pages, or scan again at a lower resolution.</source>
        <translation>Saved, but even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit. Use fewer pages, or scan again at a lower resolution.</translation>
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
        <translation>Page of the stamp</translation>
    </message>
    <message>
        <source>Distance of the stamp from the left edge</source>
        <translation>Distance of the stamp from the left edge</translation>
    </message>
    <message>
        <source>Distance of the stamp from the top edge</source>
        <translation>Distance of the stamp from the top edge</translation>
    </message>
    <message>
        <source>Size of the stamp</source>
        <translation>Size of the stamp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page:</translation>
    </message>
    <message>
        <source>From the &amp;left:</source>
        <translation>From the &amp;left:</translation>
    </message>
    <message>
        <source>From the &amp;top:</source>
        <translation>From the &amp;top:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
</context>
<context>
    <name>bubuh::PositionPage</name>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Fit p&amp;age</source>
        <translation>Fit p&amp;age</translation>
    </message>
    <message>
        <source>Drag the stamp onto its place. Arrow keys move it by 1 pt, with Shift by 10 pt. It snaps to the margins and the centre line; hold Alt to place it freely. Ctrl+wheel zooms.</source>
        <translation>Drag the stamp onto its place. Arrow keys move it by 1 pt, with Shift by 10 pt. It snaps to the margins and the centre line; hold Alt to place it freely. Ctrl+wheel zooms.</translation>
    </message>
    <message>
        <source>&amp;Move to blank space</source>
        <translation>&amp;Move to blank space</translation>
    </message>
    <message>
        <source>Placement warning</source>
        <translation>Placement warning</translation>
    </message>
    <message>
        <source>Move the stamp to the nearest blank square of its size</source>
        <translation>Move the stamp to the nearest blank square of its size</translation>
    </message>
    <message>
        <source>The stamp covers text or ink (%1 % of it). It must not cover text or a signature.</source>
        <translation>The stamp covers text or ink (%1 % of it). It must not cover text or a signature.</translation>
    </message>
    <message>
        <source>This page has no blank square the size of the stamp. Make the stamp smaller, or choose another page.</source>
        <translation>This page has no blank square the size of the stamp. Make the stamp smaller, or choose another page.</translation>
    </message>
    <message>
        <source>No document to place the stamp on yet</source>
        <translation>No document to place the stamp on yet</translation>
    </message>
    <message>
        <source>Open a PDF document first. Bubuh then suggests a blank spot near where letters are signed, and you can move it.</source>
        <translation>Open a PDF document first. Bubuh then suggests a blank spot near where letters are signed, and you can move it.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <source>Stamp position</source>
        <translation>Stamp position</translation>
    </message>
</context>
<context>
    <name>bubuh::PurchaseFlow</name>
    <message>
        <source>There is no such order in the journal.</source>
        <translation>There is no such order in the journal.</translation>
    </message>
    <message>
        <source>The payment order is being checked (sedang diperiksa): the service did not answer in time. Nothing will be charged twice; Bubuh continues with the same order later.</source>
        <translation>The payment order is being checked (sedang diperiksa): the service did not answer in time. Nothing will be charged twice; Bubuh continues with the same order later.</translation>
    </message>
    <message numerus="yes">
        <source>In the queue: position %1, about %n second(s) to go</source>
        <translation>
            <numerusform>In the queue: position %1, about %n second(s) to go</numerusform>
            <numerusform>In the queue: position %1, about %n second(s) to go</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s waiting room answered strangely; Bubuh will try again later.</source>
        <translation>The shop&apos;s waiting room answered strangely; Bubuh will try again later.</translation>
    </message>
    <message>
        <source>Waiting for payment of %1.</source>
        <translation>Waiting for payment of %1.</translation>
    </message>
    <message>
        <source>Payment received; the quota is being processed (pembayaran diterima, kuota sedang diproses).</source>
        <translation>Payment received; the quota is being processed (pembayaran diterima, kuota sedang diproses).</translation>
    </message>
    <message>
        <source>The payment was received but the quota has not appeared yet. Bubuh keeps following this order; you can export its evidence for a complaint.</source>
        <translation>The payment was received but the quota has not appeared yet. Bubuh keeps following this order; you can export its evidence for a complaint.</translation>
    </message>
    <message>
        <source>The order ended as %1 without quota. No money was taken for an expired order.</source>
        <translation>The order ended as %1 without quota. No money was taken for an expired order.</translation>
    </message>
    <message>
        <source>Several orders of the shop could be this one; export the evidence and ask the distributor.</source>
        <translation>Several orders of the shop could be this one; export the evidence and ask the distributor.</translation>
    </message>
    <message>
        <source>The shop&apos;s list does not show this order. If money was taken for it, export its evidence and ask the distributor.</source>
        <translation>The shop&apos;s list does not show this order. If money was taken for it, export its evidence and ask the distributor.</translation>
    </message>
    <message>
        <source>Another Bubuh (a window or bubuh-cli) is already following this order; this one leaves it to that one.</source>
        <translation>Another Bubuh (a window or bubuh-cli) is already following this order; this one leaves it to that one.</translation>
    </message>
    <message>
        <source>Bubuh cannot write its journal (%1): is the disk full? Nothing was sent for this order; free some space and try again.</source>
        <translation>Bubuh cannot write its journal (%1): is the disk full? Nothing was sent for this order; free some space and try again.</translation>
    </message>
    <message numerus="yes">
        <source>The shop&apos;s answer does not match what was ordered (%n e-Meterai): it asks %1 for %2 e-Meterai. Do not pay it; Bubuh keeps the answer as evidence for the distributor.</source>
        <translation>
            <numerusform>The shop&apos;s answer does not match what was ordered (%n e-Meterai): it asks %1 for %2 e-Meterai. Do not pay it; Bubuh keeps the answer as evidence for the distributor.</numerusform>
            <numerusform>The shop&apos;s answer does not match what was ordered (%n e-Meterai): it asks %1 for %2 e-Meterai. Do not pay it; Bubuh keeps the answer as evidence for the distributor.</numerusform>
        </translation>
    </message>
    <message>
        <source>This order was never sent to the shop; nothing was charged for it.</source>
        <translation>This order was never sent to the shop; nothing was charged for it.</translation>
    </message>
</context>
<context>
    <name>bubuh::PurchaseSession</name>
    <message>
        <source>Contacting the shop…</source>
        <translation>Contacting the shop…</translation>
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
    <message>
        <source>The stamping service could not stamp the document: %1 (code %2)</source>
        <translation>The stamping service could not stamp the document: %1 (code %2)</translation>
    </message>
    <message>
        <source>The e-Meterai service answered in a form Bubuh does not recognise. Try again later; if it keeps happening, send Bubuh&apos;s log to the Bubuh team.</source>
        <translation>The e-Meterai service answered in a form Bubuh does not recognise. Try again later; if it keeps happening, send Bubuh&apos;s log to the Bubuh team.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
</context>
<context>
    <name>bubuh::ServiceProfile</name>
    <message>
        <source>The service address &quot;%1&quot; is not allowed. Use an https:// address; plain http:// is only allowed to this computer.</source>
        <translation>The service address &quot;%1&quot; is not allowed. Use an https:// address; plain http:// is only allowed to this computer.</translation>
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
        <translation>Peruri production</translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation>Other addresses</translation>
    </message>
    <message>
        <source>No shop address is set for %1. Buying quota needs the address of your distributor&apos;s shop: set it in Settings (or bubuh-cli --shop URL).</source>
        <translation>No shop address is set for %1. Buying quota needs the address of your distributor&apos;s shop: set it in Settings (or bubuh-cli --shop URL).</translation>
    </message>
    <message>
        <source>The demo profile has no simulator address here. Open the window with bubuh --demo, or start emeterai-sim and give bubuh-cli its address with --server URL.</source>
        <translation>The demo profile has no simulator address here. Open the window with bubuh --demo, or start emeterai-sim and give bubuh-cli its address with --server URL.</translation>
    </message>
</context>
<context>
    <name>bubuh::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sign-in and quota:</source>
        <translation>Sign-in and quota:</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>Upload:</translation>
    </message>
    <message>
        <source>Serial numbers:</source>
        <translation>Serial numbers:</translation>
    </message>
    <message>
        <source>Stamping:</source>
        <translation>Stamping:</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Documents and language</source>
        <translation>Documents and language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The largest file the registration portal accepts (SSCASN: 800 KB). Bigger documents are flagged before stamping.</source>
        <translation>The largest file the registration portal accepts (SSCASN: 800 KB). Bigger documents are flagged before stamping.</translation>
    </message>
    <message>
        <source>&amp;Upload limit:</source>
        <translation>&amp;Upload limit:</translation>
    </message>
    <message>
        <source>Default stamp &amp;size:</source>
        <translation>Default stamp &amp;size:</translation>
    </message>
    <message>
        <source>next to the original</source>
        <translation>next to the original</translation>
    </message>
    <message>
        <source>Save &amp;results in:</source>
        <translation>Save &amp;results in:</translation>
    </message>
    <message>
        <source>root certificates (PEM) of e-Meterai signers</source>
        <translation>root certificates (PEM) of e-Meterai signers</translation>
    </message>
    <message>
        <source>&amp;Trusted roots:</source>
        <translation>&amp;Trusted roots:</translation>
    </message>
    <message>
        <source>Changes to the service and the language apply when Bubuh starts again.</source>
        <translation>Changes to the service and the language apply when Bubuh starts again.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save results in</source>
        <translation>Save results in</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Demo uses the built-in simulator (nothing is paid). Peruri staging and produksi need a distributor&apos;s account and the address of the distributor&apos;s shop.</source>
        <translation>Demo uses the built-in simulator (nothing is paid). Peruri staging and produksi need a distributor&apos;s account and the address of the distributor&apos;s shop.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>e-mail, WhatsApp or telephone of the distributor</source>
        <translation>e-mail, WhatsApp or telephone of the distributor</translation>
    </message>
    <message>
        <source>Where to send an order&apos;s evidence when paid quota does not arrive. Shown beside the evidence as the deadline nears.</source>
        <translation>Where to send an order&apos;s evidence when paid quota does not arrive. Shown beside the evidence as the deadline nears.</translation>
    </message>
    <message>
        <source>Distributor&apos;s &amp;contact:</source>
        <translation>Distributor&apos;s &amp;contact:</translation>
    </message>
</context>
<context>
    <name>bubuh::ShrinkDialog</name>
    <message>
        <source>Make smaller: %1</source>
        <translation>Make smaller: %1</translation>
    </message>
    <message>
        <source>Before: %1 KB</source>
        <translation>Before: %1 KB</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>The first page before</source>
        <translation>The first page before</translation>
    </message>
    <message>
        <source>The first page of the smaller copy</source>
        <translation>The first page of the smaller copy</translation>
    </message>
    <message>
        <source>Making a smaller copy…</source>
        <translation>Making a smaller copy…</translation>
    </message>
    <message>
        <source>&amp;Save the smaller copy</source>
        <translation>&amp;Save the smaller copy</translation>
    </message>
    <message>
        <source>After: %1 KB</source>
        <translation>After: %1 KB</translation>
    </message>
    <message>
        <source>About %1 KB after stamping: it fits the %2 KB limit.</source>
        <translation>About %1 KB after stamping: it fits the %2 KB limit.</translation>
    </message>
    <message>
        <source>Even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit. Remove pages, or scan again at a lower resolution.</source>
        <translation>Even the strongest setting leaves about %1 KB after stamping, over the %2 KB limit. Remove pages, or scan again at a lower resolution.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made lighter (%1 dpi); text and lines stay as they were.</source>
        <translation>
            <numerusform>%n image(s) made lighter (%1 dpi); text and lines stay as they were.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Left out: %1.</translation>
    </message>
    <message>
        <source>The copy is saved as %1 beside the original, and that copy is stamped.</source>
        <translation>The copy is saved as %1 beside the original, and that copy is stamped.</translation>
    </message>
    <message>
        <source>The smaller copy cannot be saved to %1: %2</source>
        <translation>The smaller copy cannot be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>bubuh::SignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Your distributor account. With the box ticked the password is kept in the system keychain (nowhere else), so that Bubuh signs in by itself next time and carries on with unfinished orders.</source>
        <translation>Your distributor account. With the box ticked the password is kept in the system keychain (nowhere else), so that Bubuh signs in by itself next time and carries on with unfinished orders.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>bubuh::StampBatch</name>
    <message numerus="yes">
        <source>Not enough quota: %n document(s) need %n e-Meterai, and %1 left. Buy more in step 1 first.</source>
        <translation>
            <numerusform>Not enough quota: %n document(s) need %n e-Meterai, and %1 left. Buy more in step 1 first.</numerusform>
            <numerusform>Not enough quota: %n document(s) need %n e-Meterai, and %1 left. Buy more in step 1 first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a document waiting without a serial number can be cancelled.</source>
        <translation>Only a document waiting without a serial number can be cancelled.</translation>
    </message>
</context>
<context>
    <name>bubuh::StampFlow</name>
    <message>
        <source>The document %1 cannot be read: %2</source>
        <translation>The document %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The document %1 changed since stamping began. Put the original back, or start again with the new file.</source>
        <translation>The document %1 changed since stamping began. Put the original back, or start again with the new file.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s); page %1 does not exist.</source>
        <translation>
            <numerusform>The document has %n page(s); page %1 does not exist.</numerusform>
            <numerusform>The document has %n page(s); page %1 does not exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stamp does not fit on page %1 there: the page is %2 × %3 pt as displayed.</source>
        <translation>The stamp does not fit on page %1 there: the page is %2 × %3 pt as displayed.</translation>
    </message>
    <message>
        <source>The result must not overwrite the original document.</source>
        <translation>The result must not overwrite the original document.</translation>
    </message>
    <message>
        <source>There is no such job in the journal.</source>
        <translation>There is no such job in the journal.</translation>
    </message>
    <message>
        <source>There is no e-Meterai quota left. Buy quota first (bubuh-cli buy).</source>
        <translation>There is no e-Meterai quota left. Buy quota first (bubuh-cli buy).</translation>
    </message>
    <message>
        <source>The stamped document does not contain the original unchanged; it was not saved.</source>
        <translation>The stamped document does not contain the original unchanged; it was not saved.</translation>
    </message>
    <message>
        <source>The stamped document is damaged; it was not saved.</source>
        <translation>The stamped document is damaged; it was not saved.</translation>
    </message>
    <message>
        <source>The stamped document has no e-Meterai signature for serial number %1; it was not saved.</source>
        <translation>The stamped document has no e-Meterai signature for serial number %1; it was not saved.</translation>
    </message>
    <message>
        <source>The result cannot be saved to %1: %2</source>
        <translation>The result cannot be saved to %1: %2</translation>
    </message>
    <message>
        <source>The e-Meterai in the stamped document does not check out (%1); it was not saved.</source>
        <translation>The e-Meterai in the stamped document does not check out (%1); it was not saved.</translation>
    </message>
    <message>
        <source>Bubuh could not write its copy of the document to %1: %2</source>
        <translation>Bubuh could not write its copy of the document to %1: %2</translation>
    </message>
    <message>
        <source>Bubuh&apos;s copy of the document (%1) is missing or changed. Start this document again.</source>
        <translation>Bubuh&apos;s copy of the document (%1) is missing or changed. Start this document again.</translation>
    </message>
    <message>
        <source>Looking up whether a serial number was already issued for %1…</source>
        <translation>Looking up whether a serial number was already issued for %1…</translation>
    </message>
    <message>
        <source>Bubuh is waiting for the service&apos;s list of serial numbers, to find the one it may already have been given for %1. It does not buy another until it knows; it continues later by itself.</source>
        <translation>Bubuh is waiting for the service&apos;s list of serial numbers, to find the one it may already have been given for %1. It does not buy another until it knows; it continues later by itself.</translation>
    </message>
    <message>
        <source>The service keeps losing its answer to the serial number request. Nothing was spent; Bubuh tries again later.</source>
        <translation>The service keeps losing its answer to the serial number request. Nothing was spent; Bubuh tries again later.</translation>
    </message>
    <message>
        <source>The service does not show serial number %1 right now. Bubuh keeps it and tries again later.</source>
        <translation>The service does not show serial number %1 right now. Bubuh keeps it and tries again later.</translation>
    </message>
    <message>
        <source>The service could not stamp %1 yet. Its serial number %2 is still good; Bubuh keeps it and tries again later.</source>
        <translation>The service could not stamp %1 yet. Its serial number %2 is still good; Bubuh keeps it and tries again later.</translation>
    </message>
    <message>
        <source>The service reports serial number %1 as used (%2) without stamping this document; it is recorded for a complaint.</source>
        <translation>The service reports serial number %1 as used (%2) without stamping this document; it is recorded for a complaint.</translation>
    </message>
    <message>
        <source>Bubuh cannot write its journal (%1): is the disk full? Nothing more was sent; free some space and continue.</source>
        <translation>Bubuh cannot write its journal (%1): is the disk full? Nothing more was sent; free some space and continue.</translation>
    </message>
    <message>
        <source>%1 is already being stamped; Bubuh continues that job.</source>
        <translation>%1 is already being stamped; Bubuh continues that job.</translation>
    </message>
    <message>
        <source>Job %1 is already over (%2).</source>
        <translation>Job %1 is already over (%2).</translation>
    </message>
    <message>
        <source>Job %1 holds (or may hold) a paid serial number (%2), so it is not cancelled: bubuh-cli resume finishes it with that number.</source>
        <translation>Job %1 holds (or may hold) a paid serial number (%2), so it is not cancelled: bubuh-cli resume finishes it with that number.</translation>
    </message>
    <message>
        <source>its answer is being looked up</source>
        <translation>its answer is being looked up</translation>
    </message>
    <message>
        <source>Cancelled before a serial number was bought.</source>
        <translation>Cancelled before a serial number was bought.</translation>
    </message>
    <message>
        <source>Job %1 moved on while it was being cancelled; look at it again.</source>
        <translation>Job %1 moved on while it was being cancelled; look at it again.</translation>
    </message>
    <message>
        <source>Bubuh cannot write its journal (%1): is the disk full?</source>
        <translation>Bubuh cannot write its journal (%1): is the disk full?</translation>
    </message>
    <message>
        <source>Another Bubuh (a window or bubuh-cli) is already working on %1; this one leaves it to that one.</source>
        <translation>Another Bubuh (a window or bubuh-cli) is already working on %1; this one leaves it to that one.</translation>
    </message>
    <message>
        <source>The service reports serial number %1 as &quot;%2&quot;. Bubuh keeps it and asks again later.</source>
        <translation>The service reports serial number %1 as &quot;%2&quot;. Bubuh keeps it and asks again later.</translation>
    </message>
    <message>
        <source>%1 is already being stamped in this window.</source>
        <translation>%1 is already being stamped in this window.</translation>
    </message>
    <message>
        <source>The e-Meterai in the stamped document is not where it was placed (page %1 instead of %2, or another position); it was not saved.</source>
        <translation>The e-Meterai in the stamped document is not where it was placed (page %1 instead of %2, or another position); it was not saved.</translation>
    </message>
    <message>
        <source>%1 was changed on disk after it was opened, so its checks and the stamp&apos;s place may no longer hold. Open it again, look at it, then stamp it.</source>
        <translation>%1 was changed on disk after it was opened, so its checks and the stamp&apos;s place may no longer hold. Open it again, look at it, then stamp it.</translation>
    </message>
</context>
<context>
    <name>bubuh::StampMarker</name>
    <message>
        <source>e-Meterai: page %1, %2 mm from the left, %3 mm from the top, %4 mm wide</source>
        <translation>e-Meterai: page %1, %2 mm from the left, %3 mm from the top, %4 mm wide</translation>
    </message>
</context>
<context>
    <name>bubuh::StampPage</name>
    <message>
        <source>&amp;Stamp all</source>
        <translation>&amp;Stamp all</translation>
    </message>
    <message>
        <source>&amp;Check an e-Meterai…</source>
        <translation>&amp;Check an e-Meterai…</translation>
    </message>
    <message>
        <source>Open the results &amp;folder</source>
        <translation>Open the results &amp;folder</translation>
    </message>
    <message>
        <source>Documents to stamp</source>
        <translation>Documents to stamp</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Stamp position</source>
        <translation>Stamp position</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Stamp every document in the list (Ctrl+Enter)</source>
        <translation>Stamp every document in the list (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stamp and check</source>
        <translation>Stamp and check</translation>
    </message>
    <message>
        <source>Each document uses one e-Meterai. The result is saved next to the original as &lt;i&gt;name&lt;/i&gt;_bermeterai.pdf and checked before it is shown as done; the original is never changed.</source>
        <translation>Each document uses one e-Meterai. The result is saved next to the original as &lt;i&gt;name&lt;/i&gt;_bermeterai.pdf and checked before it is shown as done; the original is never changed.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n document(s) stamped, checked and saved.</source>
        <translation>
            <numerusform>Done: %n document(s) stamped, checked and saved.</numerusform>
            <numerusform>Done: %n document(s) stamped, checked and saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document type of %1</source>
        <translation>Document type of %1</translation>
    </message>
    <message>
        <source>page %1, %2 × %3 mm from the top left</source>
        <translation>page %1, %2 × %3 mm from the top left</translation>
    </message>
    <message>
        <source>waiting its turn</source>
        <translation>waiting its turn</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>preparing</translation>
    </message>
    <message>
        <source>uploaded; asking for a serial number</source>
        <translation>uploaded; asking for a serial number</translation>
    </message>
    <message>
        <source>asking for a serial number…</source>
        <translation>asking for a serial number…</translation>
    </message>
    <message>
        <source>stamping with serial number %1…</source>
        <translation>stamping with serial number %1…</translation>
    </message>
    <message>
        <source>stamped; downloading and checking…</source>
        <translation>stamped; downloading and checking…</translation>
    </message>
    <message>
        <source>done: e-Meterai %1 checked and valid</source>
        <translation>done: e-Meterai %1 checked and valid</translation>
    </message>
    <message>
        <source>done: e-Meterai %1 is intact, but its issuer is not a trusted one</source>
        <translation>done: e-Meterai %1 is intact, but its issuer is not a trusted one</translation>
    </message>
    <message>
        <source>not stamped: %1</source>
        <translation>not stamped: %1</translation>
    </message>
    <message>
        <source>waiting for the service; it continues with the same serial number (nothing is lost): %1</source>
        <translation>waiting for the service; it continues with the same serial number (nothing is lost): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) ready to stamp, needing %n e-Meterai.</source>
        <translation>
            <numerusform>%n document(s) ready to stamp, needing %n e-Meterai.</numerusform>
            <numerusform>%n document(s) ready to stamp, needing %n e-Meterai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota left: %1.</source>
        <translation>Quota left: %1.</translation>
    </message>
    <message>
        <source>Sign in first (step 1).</source>
        <translation>Sign in first (step 1).</translation>
    </message>
    <message>
        <source>Checking the quota…</source>
        <translation>Checking the quota…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) stamped and saved; the others say why in the list.</source>
        <translation>
            <numerusform>%1 of %n document(s) stamped and saved; the others say why in the list.</numerusform>
            <numerusform>%1 of %n document(s) stamped and saved; the others say why in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bubuh continues the unfinished ones by itself at %1, with their serial numbers.</source>
        <translation>Bubuh continues the unfinished ones by itself at %1, with their serial numbers.</translation>
    </message>
    <message>
        <source>%1 (kode %2)</source>
        <translation>%1 (kode %2)</translation>
    </message>
    <message>
        <source>cancelled; nothing was spent</source>
        <translation>cancelled; nothing was spent</translation>
    </message>
    <message>
        <source>Ca&amp;ncel this document</source>
        <translation>Ca&amp;ncel this document</translation>
    </message>
    <message>
        <source>Stop stamping the selected document. Only possible while it holds no serial number yet, so nothing is spent.</source>
        <translation>Stop stamping the selected document. Only possible while it holds no serial number yet, so nothing is spent.</translation>
    </message>
    <message>
        <source>Cancel this document</source>
        <translation>Cancel this document</translation>
    </message>
    <message>
        <source>Stop stamping %1? It holds no serial number yet, so nothing was spent on it.</source>
        <translation>Stop stamping %1? It holds no serial number yet, so nothing was spent on it.</translation>
    </message>
    <message>
        <source>%1 is cancelled; nothing was spent on it.</source>
        <translation>%1 is cancelled; nothing was spent on it.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stamp %n document(s)</source>
        <translation>
            <numerusform>&amp;Stamp %n document</numerusform>
            <numerusform>&amp;Stamp %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>The quota holds %1; these documents need %2. Opens step 1 with the quantity filled in.</source>
        <translation>The quota holds %1; these documents need %2. Opens step 1 with the quantity filled in.</translation>
    </message>
    <message>
        <source>Nothing to stamp yet</source>
        <translation>Nothing to stamp yet</translation>
    </message>
    <message>
        <source>Open the documents to stamp in step 2. Each one is listed here with its document type and where its stamp goes.</source>
        <translation>Open the documents to stamp in step 2. Each one is listed here with its document type and where its stamp goes.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <source>Stamping progress</source>
        <translation>Stamping progress</translation>
    </message>
    <message numerus="yes">
        <source>B&amp;uy %n more e-Meterai</source>
        <translation>
            <numerusform>B&amp;uy %n more e-Meterai</numerusform>
            <numerusform>B&amp;uy %n more e-Meterai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bubuh::StampPlan</name>
    <message>
        <source>ready to stamp</source>
        <translation>ready to stamp</translation>
    </message>
    <message>
        <source>the stamp covers text or ink: move it in step 3 (Position)</source>
        <translation>the stamp covers text or ink: move it in step 3 (Position)</translation>
    </message>
    <message>
        <source>already stamped (serial number %1): it is not stamped again</source>
        <translation>already stamped (serial number %1): it is not stamped again</translation>
    </message>
    <message>
        <source>needs to be made smaller: ±%1 KB once stamped, and the portal takes %2 KB; use Make smaller in step 2</source>
        <translation>needs to be made smaller: ±%1 KB once stamped, and the portal takes %2 KB; use Make smaller in step 2</translation>
    </message>
    <message>
        <source>protected with a password: save a copy without the password (&quot;Save as PDF&quot;) and open that</source>
        <translation>protected with a password: save a copy without the password (&quot;Save as PDF&quot;) and open that</translation>
    </message>
    <message>
        <source>replaced by its smaller copy %1, which is stamped instead</source>
        <translation>replaced by its smaller copy %1, which is stamped instead</translation>
    </message>
    <message>
        <source>cannot be stamped: %1</source>
        <translation>cannot be stamped: %1</translation>
    </message>
    <message>
        <source>Bubuh cannot read its journal (%1), so it cannot tell whether this document was stamped before. Close other programs that use it and start Bubuh again.</source>
        <translation>Bubuh cannot read its journal (%1), so it cannot tell whether this document was stamped before. Close other programs that use it and start Bubuh again.</translation>
    </message>
    <message>
        <source>ready: continues with its serial number %1, already paid for</source>
        <translation>ready: continues with its serial number %1, already paid for</translation>
    </message>
    <message>
        <source>checking that the stamp lands on blank paper…</source>
        <translation>checking that the stamp lands on blank paper…</translation>
    </message>
</context>
<context>
    <name>bubuh::StampVerifier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF document.</source>
        <translation>%1 is not a readable PDF document.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>This document carries no e-Meterai.</source>
        <translation>This document carries no e-Meterai.</translation>
    </message>
    <message>
        <source>The stamped document does not begin with the original unchanged: it is not the original with an e-Meterai added.</source>
        <translation>The stamped document does not begin with the original unchanged: it is not the original with an e-Meterai added.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed: signature %1 no longer matches. Ask the sender for the original file.</source>
        <translation>The document was changed after it was signed: signature %1 no longer matches. Ask the sender for the original file.</translation>
    </message>
    <message>
        <source>The document was changed after signature %1 was made (not only validation data was added). Ask the sender for the original file.</source>
        <translation>The document was changed after signature %1 was made (not only validation data was added). Ask the sender for the original file.</translation>
    </message>
    <message>
        <source>Signature %1 is intact, but its issuer is not one Bubuh trusts, so it cannot be confirmed as a real e-Meterai.</source>
        <translation>Signature %1 is intact, but its issuer is not one Bubuh trusts, so it cannot be confirmed as a real e-Meterai.</translation>
    </message>
    <message>
        <source>e-Meterai %1 is valid: the document is unchanged since it was stamped.</source>
        <translation>e-Meterai %1 is valid: the document is unchanged since it was stamped.</translation>
    </message>
    <message>
        <source>It was made by the simulator: SIMULATED, NOT LEGALLY VALID.</source>
        <translation>It was made by the simulator: SIMULATED, NOT LEGALLY VALID.</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>CHANGED or damaged</source>
        <translation>CHANGED or damaged</translation>
    </message>
    <message>
        <source>nothing added since</source>
        <translation>nothing added since</translation>
    </message>
    <message>
        <source>only validation data (DSS) added since</source>
        <translation>only validation data (DSS) added since</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>changed since</translation>
    </message>
    <message>
        <source>trusted issuer</source>
        <translation>trusted issuer</translation>
    </message>
    <message>
        <source>trusted issuer, certificate expired since signing</source>
        <translation>trusted issuer, certificate expired since signing</translation>
    </message>
    <message>
        <source>trusted issuer, but the certificate was not valid when signing</source>
        <translation>trusted issuer, but the certificate was not valid when signing</translation>
    </message>
    <message>
        <source>issuer not trusted</source>
        <translation>issuer not trusted</translation>
    </message>
    <message>
        <source>%1 (serial number %2), signed by %3: %4; %5; %6; page %7.</source>
        <translation>%1 (serial number %2), signed by %3: %4; %5; %6; page %7.</translation>
    </message>
    <message>
        <source>Made by the simulator: SIMULATED, NOT LEGALLY VALID.</source>
        <translation>Made by the simulator: SIMULATED, NOT LEGALLY VALID.</translation>
    </message>
    <message>
        <source>Signature %1 is intact, but its certificate has expired and no verifiable time-stamp proves it was made while the certificate was valid.</source>
        <translation>Signature %1 is intact, but its certificate has expired and no verifiable time-stamp proves it was made while the certificate was valid.</translation>
    </message>
    <message>
        <source>Signature %1 is intact, but its certificate was not valid when it was made (time-stamped %2).</source>
        <translation>Signature %1 is intact, but its certificate was not valid when it was made (time-stamped %2).</translation>
    </message>
    <message>
        <source>another signature added since, nothing else changed</source>
        <translation>another signature added since, nothing else changed</translation>
    </message>
    <message>
        <source>%1 has more than %2 signatures; Bubuh does not check it.</source>
        <translation>%1 has more than %2 signatures; Bubuh does not check it.</translation>
    </message>
</context>
<context>
    <name>bubuh::StepGuide</name>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation>Could not sign in</translation>
    </message>
    <message>
        <source>An order needs you</source>
        <translation>An order needs you</translation>
    </message>
    <message>
        <source>Waiting for your payment</source>
        <translation>Waiting for your payment</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Buying…</translation>
    </message>
    <message>
        <source>Reading the quota…</source>
        <translation>Reading the quota…</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Quota: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n short</source>
        <translation>
            <numerusform>%1, %n short</numerusform>
            <numerusform>%1, %n short</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>No documents yet</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) too large</source>
        <translation>
            <numerusform>%n document too large</numerusform>
            <numerusform>%n documents too large</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) cannot be stamped</source>
        <translation>
            <numerusform>%n document cannot be stamped</numerusform>
            <numerusform>%n documents cannot be stamped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) ready</source>
        <translation>
            <numerusform>%n document ready</numerusform>
            <numerusform>%n documents ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) already stamped</source>
        <translation>
            <numerusform>%n document already stamped</numerusform>
            <numerusform>%n documents already stamped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) open</source>
        <translation>
            <numerusform>%n document open</numerusform>
            <numerusform>%n documents open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s) cover text</source>
        <translation>
            <numerusform>%n stamp cover text</numerusform>
            <numerusform>%n stamps cover text</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document first</source>
        <translation>Open a document first</translation>
    </message>
    <message>
        <source>Checking the paper…</source>
        <translation>Checking the paper…</translation>
    </message>
    <message>
        <source>On blank paper</source>
        <translation>On blank paper</translation>
    </message>
    <message>
        <source>Stamping…</source>
        <translation>Stamping…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not stamped yet</source>
        <translation>
            <numerusform>%n document not stamped yet</numerusform>
            <numerusform>%n documents not stamped yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) stamped</source>
        <translation>
            <numerusform>%n document stamped</numerusform>
            <numerusform>%n documents stamped</numerusform>
        </translation>
    </message>
    <message>
        <source>No document ready yet</source>
        <translation>No document ready yet</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Sign in first</translation>
    </message>
    <message numerus="yes">
        <source>%n e-Meterai short</source>
        <translation>
            <numerusform>%n e-Meterai short</numerusform>
            <numerusform>%n e-Meterai short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to stamp</source>
        <translation>
            <numerusform>%n document to stamp</numerusform>
            <numerusform>%n documents to stamp</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: sign in</source>
        <translation>Next: sign in</translation>
    </message>
    <message>
        <source>See the order</source>
        <translation>See the order</translation>
    </message>
    <message>
        <source>Next: pay the order</source>
        <translation>Next: pay the order</translation>
    </message>
    <message>
        <source>Next: open documents</source>
        <translation>Next: open documents</translation>
    </message>
    <message>
        <source>Next: move the stamp</source>
        <translation>Next: move the stamp</translation>
    </message>
    <message>
        <source>Next: see what the documents need</source>
        <translation>Next: see what the documents need</translation>
    </message>
    <message>
        <source>Check a stamped document</source>
        <translation>Check a stamped document</translation>
    </message>
    <message numerus="yes">
        <source>Buy %n e-Meterai</source>
        <translation>
            <numerusform>Buy %n e-Meterai</numerusform>
            <numerusform>Buy %n e-Meterai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %n more e-Meterai</source>
        <translation>
            <numerusform>Buy %n more e-Meterai</numerusform>
            <numerusform>Buy %n more e-Meterai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stamp %n document(s)</source>
        <translation>
            <numerusform>Stamp %n document</numerusform>
            <numerusform>Stamp %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents need step 2 first</source>
        <translation>The documents need step 2 first</translation>
    </message>
    <message>
        <source>Nothing left to place</source>
        <translation>Nothing left to place</translation>
    </message>
    <message>
        <source>Buying and stamping are off</source>
        <translation>Buying and stamping are off</translation>
    </message>
</context>
<context>
    <name>bubuh::VerifyDialog</name>
    <message>
        <source>Check an e-Meterai</source>
        <translation>Check an e-Meterai</translation>
    </message>
    <message>
        <source>optional: the document before it was stamped</source>
        <translation>optional: the document before it was stamped</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Stamped &amp;document:</source>
        <translation>Stamped &amp;document:</translation>
    </message>
    <message>
        <source>Choose the stamped document</source>
        <translation>Choose the stamped document</translation>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation>&amp;Original:</translation>
    </message>
    <message>
        <source>Choose the original document</source>
        <translation>Choose the original document</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Checks offline that the document is unchanged since its e-Meterai was added and who signed it. Nothing is sent anywhere.</source>
        <translation>Checks offline that the document is unchanged since its e-Meterai was added and who signed it. Nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>PDF documents (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Choose a stamped document to check.</source>
        <translation>Choose a stamped document to check.</translation>
    </message>
    <message>
        <source>The original document is unchanged at its start.</source>
        <translation>The original document is unchanged at its start.</translation>
    </message>
    <message>
        <source>The original document is NOT unchanged at its start.</source>
        <translation>The original document is NOT unchanged at its start.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>This document takes too long to check, so Bubuh stopped. A stamped document from the service checks in moments; this one may be built to stall checkers. Ask the sender for the original file.</source>
        <translation>This document takes too long to check, so Bubuh stopped. A stamped document from the service checks in moments; this one may be built to stall checkers. Ask the sender for the original file.</translation>
    </message>
</context>
<context>
    <name>bubuh::Workspace</name>
    <message>
        <source>Bubuh cannot open its journal (%1), so it will not buy or stamp anything: it could not remember what was paid for. Check that the disk has room and that the folder can be written to.</source>
        <translation>Bubuh cannot open its journal (%1), so it will not buy or stamp anything: it could not remember what was paid for. Check that the disk has room and that the folder can be written to.</translation>
    </message>
    <message>
        <source>Bubuh will not buy or stamp anything in this window: %1</source>
        <translation>Bubuh will not buy or stamp anything in this window: %1</translation>
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
        <translation>Bubuh is already open, but its window does not answer. Wait a moment and try again, or close it first.</translation>
    </message>
    <message>
        <source>Bubuh is already open. To try the demo, close that window first, then start the demo.</source>
        <translation>Bubuh is already open. To try the demo, close that window first, then start the demo.</translation>
    </message>
</context>
</TS>
