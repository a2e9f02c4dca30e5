#include "kiosk/form/bundled_form_data.h"

namespace motcua::form {

Result<BundledFormData> loadBundledFormData(const std::filesystem::path &assetDir)
{
    auto units = AdminUnits::load(assetDir / "admin-units" / "admin-units.json");
    if (!units) {
        return unexpected(units.error());
    }
    auto ethnicities = ReferenceList::load(assetDir / "lists" / "ethnicities.json");
    if (!ethnicities) {
        return unexpected(ethnicities.error());
    }
    auto religions = ReferenceList::load(assetDir / "lists" / "religions.json");
    if (!religions) {
        return unexpected(religions.error());
    }
    auto fees = FeeCatalogue::load(assetDir / "catalogue" / "procedures.json");
    if (!fees) {
        return unexpected(fees.error());
    }
    return BundledFormData{std::move(*units), std::move(*ethnicities), std::move(*religions), std::move(*fees)};
}

}  // namespace motcua::form
