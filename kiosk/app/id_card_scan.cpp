#include "kiosk/app/id_card_scan.h"

namespace motcua {

IdCardScan::IdCardScan(SharedCamera &camera, PassportWizard &wizard, const ScannerConfig &scanner, QObject *parent)
    : QObject(parent)
    , m_camera(camera), m_wizard(wizard), m_scannerConfig(scanner)
{
}

void IdCardScan::wipeCitizenData() {}

}  // namespace motcua
