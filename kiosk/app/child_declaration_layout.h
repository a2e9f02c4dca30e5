#pragma once
// TK01a, the declaration a parent or guardian makes for a child under 14,
// laid out for paper: it is not sent online, because the child applies in
// person; the office takes the printed, signed declaration. The answers come
// as the review page shows them (sections of label and value). The office
// reads Vietnamese: captions and answers print in Vietnamese, followed by the
// applicant's language when it is another one ("Giới tính / 性别: Nam / 男").
#include <QString>
#include <QVariantList>
#include <string>

#include "kiosk/form/passport_form.h"
#include "kiosk/print/print_document.h"

namespace motcua {

PrintDocument layoutChildDeclaration(const form::PassportForm &form, const QVariantList &reviewSections,
                                     const QString &siteName, const std::string &language = "vi");

}  // namespace motcua
