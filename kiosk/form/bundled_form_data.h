#pragma once
// The form's bundled reference data, loaded once from the asset directory
// (assets/admin-units, assets/lists, assets/catalogue) and handed to the rules.
#include <filesystem>

#include "kiosk/core/result.h"
#include "kiosk/form/admin_units.h"
#include "kiosk/form/fee_catalogue.h"
#include "kiosk/form/form_rules.h"
#include "kiosk/form/reference_list.h"

namespace motcua::form {

struct BundledFormData {
    AdminUnits adminUnits;
    ReferenceList ethnicities;
    ReferenceList religions;
    FeeCatalogue fees;

    FormReferenceData references() const { return {adminUnits, ethnicities, religions}; }
};

// assetDir is normally motcua::assetDirectory(); passes on the first load error.
Result<BundledFormData> loadBundledFormData(const std::filesystem::path &assetDir);

}  // namespace motcua::form
