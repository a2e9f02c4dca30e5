#include "kiosk/print/print_service.h"

#include "kiosk/core/log_categories.h"
#include "kiosk/print/document_renderer.h"
#include "kiosk/print/print_content_json.h"
#include "kiosk/print/receipt_layout.h"
#include "kiosk/print/ticket_layout.h"

namespace motcua {

PrintService::PrintService(Database &db, Printer &printer, const Clock &clock, PaperFormat paper,
                           std::optional<DataKeyLocation> key)
    : m_store(key ? PrintJobStore(db, std::move(*key)) : PrintJobStore(db)), m_printer(printer), m_clock(clock), m_paper(std::move(paper))
{
}

Result<PrintOutcome> PrintService::printTicket(const QueueTicket &ticket)
{
    const auto content = ticketToJson(ticket);
    auto id = m_store.add("ticket", ticket.number, content, m_clock.wallNow());
    if (!id) {
        return unexpected(id.error());
    }
    return printStored(*id, "ticket", content);
}

Result<PrintOutcome> PrintService::printReceipt(const ApplicationReceipt &receipt)
{
    const auto content = receiptToJson(receipt);
    auto id = m_store.add("receipt", receipt.reference(), content, m_clock.wallNow());
    if (!id) {
        return unexpected(id.error());
    }
    return printStored(*id, "receipt", content);
}

Result<PrintOutcome> PrintService::printDocument(const PrintDocument &document)
{
    auto pdf = renderPdf(document, m_paper);
    if (!pdf) {
        return unexpected(pdf.error());
    }
    PrintOutcome outcome;
    auto job = m_printer.submit(PrintRequest{document.kind + " " + document.reference, *pdf});
    auto printed = job ? m_printer.follow(*job) : Result<JobResult>(unexpected(job.error()));
    if (printed && printed->end == JobEnd::Completed) {
        outcome.printed = true;
        outcome.cupsJobId = printed->jobId;
        qCInfo(lcDevice) << "printed" << document.kind.c_str() << "job" << printed->jobId;
        return outcome;
    }
    outcome.problem = printed ? printJobAbortedProblem() : problemFromError(printed.error());
    outcome.citizenMessage = citizenMessageAfterFailure(*outcome.problem);
    qCWarning(lcDevice) << "print failed" << document.kind.c_str() << outcome.problem->code.c_str();
    return outcome;
}

Result<PrintOutcome> PrintService::reprint(const std::string &kind, const std::string &reference, Reprinter who)
{
    auto found = m_store.findByReference(kind, reference);
    if (!found) {
        return unexpected(found.error());
    }
    if (!found->has_value()) {
        return fail("print.not_found", "no stored " + kind + " " + reference);
    }
    const PrintJobRecord &record = **found;
    if (who == Reprinter::Citizen) {
        if (record.citizenReprints >= 1) {
            return fail("print.reprint_limit", "the citizen already reprinted " + kind + " " + reference +
                                                   "; a guide can print it again");
        }
        if (auto counted = m_store.countCitizenReprint(record.id); !counted) {
            return unexpected(counted.error());
        }
    }
    qCInfo(lcDevice) << "reprint" << kind.c_str() << reference.c_str() << "by"
                     << (who == Reprinter::Citizen ? "citizen" : "guide");
    return printStored(record.id, kind, record.content);
}

Result<PrintOutcome> PrintService::printStored(int64_t recordId, const std::string &kind, const std::string &content)
{
    PrintDocument document;
    if (kind == "ticket") {
        auto ticket = ticketFromJson(content);
        if (!ticket) {
            return unexpected(ticket.error());
        }
        document = layoutTicket(*ticket);
    } else {
        auto receipt = receiptFromJson(content);
        if (!receipt) {
            return unexpected(receipt.error());
        }
        document = layoutReceipt(*receipt);
    }
    auto pdf = renderPdf(document, m_paper);
    if (!pdf) {
        return unexpected(pdf.error());
    }
    PrintOutcome outcome;
    outcome.recordId = recordId;
    auto printed = [&]() -> Result<JobResult> {
        auto job = m_printer.submit(PrintRequest{kind + " " + document.reference, *pdf});
        if (!job) {
            return unexpected(job.error());
        }
        return m_printer.follow(*job);
    }();
    if (printed && printed->end == JobEnd::Completed) {
        outcome.printed = true;
        outcome.cupsJobId = printed->jobId;
        qCInfo(lcDevice) << "printed" << kind.c_str() << document.reference.c_str() << "job" << printed->jobId;
        if (auto marked = m_store.markPrinted(recordId, printed->jobId, m_clock.wallNow()); !marked) {
            return unexpected(marked.error());
        }
        return outcome;
    }
    const PrinterProblem problem = printed ? printJobAbortedProblem() : problemFromError(printed.error());
    outcome.problem = problem;
    outcome.citizenMessage = citizenMessageAfterFailure(problem);
    qCWarning(lcDevice) << "print failed" << kind.c_str() << document.reference.c_str() << problem.code.c_str()
                        << "- kept for reprint as record" << recordId;
    if (auto marked = m_store.markFailed(recordId, problem.code, m_clock.wallNow()); !marked) {
        return unexpected(marked.error());
    }
    return outcome;
}

}  // namespace motcua
