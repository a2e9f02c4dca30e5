#pragma once
// The kiosk's configuration: built-in defaults, optionally overridden by a
// TOML file (see config/motcua.toml for every key and its default).
#include <string>
#include <vector>

namespace motcua {

struct SiteConfig {
    std::string id = "hn-cn1-tayho";
    std::string name = "Trung tâm Phục vụ hành chính công Hà Nội – Chi nhánh 1";
    std::string address = "258 Võ Chí Công, phường Xuân La, Tây Hồ, Hà Nội";
    std::string hotline = "1900 1009";
    std::string openingHours = "Thứ Hai – Thứ Sáu: 8:00–12:00, 13:00–17:00";
    std::string kioskId = "kiosk-01";
};

struct CameraConfig {
    std::string backend = "none";  // v4l2 | file | fake | none
    std::string device = "/dev/video0";
    std::string source;  // image or video file for the "file" backend
};

struct ScannerConfig {
    std::string backend = "keyboard";  // keyboard | serial | hidpos | fake | none
    std::string device;  // "serial": the tty; "hidpos": a /dev/hidraw node, empty = find it
};

struct PrinterConfig {
    std::string backend = "none";  // cups | fake | none
    std::string destination;  // CUPS queue; empty = the default destination
    std::string server;  // CUPS server "host:port" or socket; empty = CUPS_SERVER or client.conf
};

struct PortalConfig {
    std::string backend = "none";  // https | fake | none
    std::string url = "https://127.0.0.1:8443";
    std::string caFile;  // PEM bundle the portal's certificate must chain to; empty = the system's
    std::string pinnedPublicKey;  // "sha256//BASE64[;sha256//…]" of the portal's SPKI; empty = no pin
    std::string clientCert;  // PEM certificate of this kiosk for mutual TLS; empty = none
    std::string clientKey;  // its private key (root-only file)
    int connectTimeoutSeconds = 5;
    int totalTimeoutSeconds = 30;
};

struct DevicesConfig {
    CameraConfig camera;
    ScannerConfig scanner;
    PrinterConfig printer;
    PortalConfig portal;
};

struct SessionConfig {
    int idleTimeoutSeconds = 90;  // no touch for this long opens the countdown
    int idleCountdownSeconds = 20;  // then this long to answer before the wipe
};

struct UiConfig {
    std::vector<std::string> languages = {"vi", "en", "zh", "ko", "ja"};
    std::string defaultLanguage = "vi";
    bool fullscreen = true;
};

// Encryption at rest and retention of citizens' data (docs/privacy.md).
struct PrivacyConfig {
    std::string keyFile;  // empty = $CREDENTIALS_DIRECTORY/motcua-data-key, /etc/motcua/data.key, DATA_DIR/data.key
    int keepAcceptedHours = 0;  // accepted application's receipt summary; the payload goes at acceptance
    int keepUnsentDays = 30;  // an application the portal never accepted: then its data is purged (audited)
    int keepPrintJobsHours = 24;  // stored tickets and receipts (reprints)
};

struct StoreConfig {
    std::string dataDir;  // empty = /var/lib/motcua for the service, XDG data dir for a user
};

// One service of the site's queue: its ticket letter, hours (minutes after local midnight), daily cap and
// the counters that serve it.
struct QueueServiceConfig {
    std::string code;  // "passport_new"
    std::string prefix;  // "A": tickets A001, A002 …
    std::string nameVi;
    std::string nameEn;
    int opensAtMinute = 7 * 60 + 30;
    int closesAtMinute = 17 * 60;
    int dailyCap = 300;
    std::vector<int> counters;
};

struct QueueConfig {
    std::string mode = "embedded";  // embedded: this kiosk holds the queue | hub: a site's motcua-hub | off
    std::string hubUrl = "https://127.0.0.1:8450";
    std::string caFile;  // PEM the hub's certificate must chain to
    std::string clientCert;  // this kiosk's certificate for mutual TLS; empty = none
    std::string clientKey;
    int leaseBlock = 10;  // numbers per service a kiosk holds for when the hub is unreachable
    int displayRecent = 6;  // numbers the display board lists as recently called
    int counter = 0;  // the counter this terminal serves (motcua-counter, guide mode); 0: the first one
    std::string voiceLanguages = "vi";  // "vi" or "vi,en": languages of the spoken call
    std::vector<QueueServiceConfig> services = {
        {"passport_new", "A", "Cấp hộ chiếu lần đầu", "First passport", 7 * 60 + 30, 17 * 60, 300, {1, 2, 3}},
        {"passport_reissue", "B", "Cấp lại hộ chiếu (hết hạn, mất, hỏng)", "Passport re-issue or lost passport",
         7 * 60 + 30, 17 * 60, 200, {2, 3, 4}},
        {"passport_child", "C", "Hộ chiếu cho trẻ em dưới 14 tuổi", "Passport for a child under 14", 7 * 60 + 30,
         17 * 60, 100, {4}},
        {"foreigner_residence", "D", "Giấy tờ cư trú cho người nước ngoài", "Residence papers for foreigners",
         7 * 60 + 30, 17 * 60, 100, {5}},
        {"online_help", "E", "Hỗ trợ nộp hồ sơ trực tuyến", "Help with an online application", 7 * 60 + 30, 17 * 60,
         200, {6}},
    };
};

// Fleet health over MQTT and remote out-of-service commands (docs/fleet.md).
struct FleetConfig {
    bool enabled = false;  // publish health to the broker and take signed commands
    std::string brokerHost = "127.0.0.1";
    int brokerPort = 1883;
    bool tls = false;  // TLS to the broker (port 8883 usually)
    std::string caFile;  // PEM the broker's certificate must chain to; empty = the system's
    std::string clientCert;  // this kiosk's certificate for mutual TLS; empty = none
    std::string clientKey;
    std::string topicPrefix = "motcua";  // topics: PREFIX/<site>/<kiosk>/health and …/command
    int intervalSeconds = 60;  // between health messages
    std::string commandKeys;  // file of technicians' Ed25519 public keys (hex, one a line); empty = no commands
    int commandWindowSeconds = 300;  // a command older or newer than this is refused
};

// Guide mode (docs/guide-mode.md).
struct GuideConfig {
    int idleLogoutSeconds = 120;  // no touch in guide mode for this long logs the guide out (audited)
};

struct Config {
    SiteConfig site;
    DevicesConfig devices;
    SessionConfig session;
    UiConfig ui;
    StoreConfig store;
    PrivacyConfig privacy;
    QueueConfig queue;
    FleetConfig fleet;
    GuideConfig guide;
    std::string sourceFile;  // where it was read from; empty for built-in defaults
};

// Languages the product ships translations for.
const std::vector<std::string> &supportedLanguages();

}  // namespace motcua
