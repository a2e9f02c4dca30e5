#include "kiosk/photo/photo_guidance.h"

namespace motcua::photo {
namespace {

Guidance message(const char *code, const char *vi, const char *en, const char *icon)
{
    return {code, vi, en, icon, false};
}

// Which way to go, from the face and the frame: a mirrored preview means
// "move left" on screen is the citizen's left.
Guidance forCheck(CheckId id, const PhotoReport &report)
{
    const PhotoCheck *c = report.check(id);
    switch (id) {
    case CheckId::FaceCount:
        if (report.faceCount == 0) {
            return message("guide.step_in", "Mời đứng vào khung hình", "Please stand inside the frame", "step-in");
        }
        return message("guide.one_person", "Chỉ một người trong khung hình", "Only one person in the frame",
                       "one-person");
    case CheckId::Centring:
        return message("guide.centre", "Đứng vào giữa khung hình", "Move to the centre of the frame", "centre");
    case CheckId::HeadSize:
        if (c && c->value > c->max) {
            return message("guide.move_back", "Lùi lại một chút", "Step back a little", "move-back");
        }
        return message("guide.move_closer", "Tiến lại gần hơn", "Come closer", "move-closer");
    case CheckId::Resolution:
        return message("guide.move_closer", "Tiến lại gần hơn", "Come closer", "move-closer");
    case CheckId::EyeLine:
        if (c && c->value < c->min) {
            return message("guide.lower_camera", "Hạ thấp người một chút", "Lower yourself a little", "lower");
        }
        return message("guide.raise", "Đứng thẳng lên một chút", "Stand up a little straighter", "raise");
    case CheckId::Roll:
        return message("guide.head_level", "Giữ đầu thẳng, không nghiêng", "Keep your head level", "head-level");
    case CheckId::Yaw:
    case CheckId::Pitch:
        return message("guide.look_straight", "Nhìn thẳng vào camera", "Look straight at the camera",
                       "look-straight");
    case CheckId::EyesOpen:
        return message("guide.open_eyes", "Mở mắt và nhìn vào camera", "Open your eyes and look at the camera",
                       "open-eyes");
    case CheckId::MouthClosed:
        return message("guide.close_mouth", "Ngậm miệng, giữ nét mặt tự nhiên", "Close your mouth, neutral face",
                       "close-mouth");
    case CheckId::Glare:
        return message("guide.remove_glasses", "Bỏ kính ra", "Please take off your glasses", "remove-glasses");
    case CheckId::Exposure:
    case CheckId::Illumination:
        return message("guide.call_guide_light", "Ánh sáng chưa phù hợp, vui lòng gọi hướng dẫn viên",
                       "The light is not right; please call a guide", "light");
    case CheckId::Background:
    case CheckId::BackgroundShadow:
        return message("guide.step_forward_background", "Đứng sát phông nền trắng",
                       "Stand in front of the white background", "background");
    case CheckId::Sharpness:
        return message("guide.hold_still", "Đứng yên", "Hold still", "hold-still");
    }
    return message("guide.hold_still", "Đứng yên", "Hold still", "hold-still");
}

}  // namespace

Guidance guidanceFor(const PhotoReport &report)
{
    const auto failed = report.failedChecks();
    if (report.faceCount != 1) {
        return forCheck(CheckId::FaceCount, report);
    }
    if (!failed.empty()) {
        return forCheck(failed.front(), report);
    }
    Guidance ready = message("guide.ready", "Giữ nguyên tư thế", "Hold that pose", "ready");
    ready.ready = true;
    return ready;
}

}  // namespace motcua::photo
