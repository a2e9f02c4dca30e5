#pragma once
// The thresholds every check is held to, with where each comes from. The
// official figures (ICAO 9303 part 3, ISO/IEC 19794-5, the ministry portal)
// are marked; the rest are motcua's own calibration against tests/data/photo
// and are documented in docs/photo.md.
namespace motcua::photo {

struct PhotoRules {
    // Output: 2:3 portrait, at least 600x900 px (portal practice; 4x6 cm).
    int outputWidth = 600;
    int outputHeight = 900;
    // ICAO 9303-3 / ISO 19794-5: chin to crown 70–80 % of the image height.
    double headRatioMin = 0.70, headRatioMax = 0.80;
    double headRatioTarget = 0.75;  // portal: "face about 75 %"
    // Portal: eyes-to-top ≈ 2/3 of eyes-to-bottom → eye line ≈ 0.40 H.
    // ± 0.05 is our tolerance.
    double eyeLineTarget = 0.40, eyeLineTolerance = 0.05;
    // ISO 19794-5:2011 §7.2.2: yaw and pitch ±5°, roll ±8°.
    double maxRollDeg = 8, maxYawDeg = 5, maxPitchDeg = 5;
    // Our calibration: the crop must come from at least this many source rows
    // (900 output rows from ≥ 540 source rows = at most 1.67x upscaling), which
    // also gives ≥ 90 px between the eyes in the output (ICAO).
    double minSourceCropHeight = 540;
    // Our calibration: face centre within this fraction of the frame size
    // from the centre of the frame (the on-screen oval).
    double maxCentreOffset = 0.12;
    // Our calibration (measures in docs/photo.md).
    double maxMouthDarkFraction = 0.06;   // open mouth shows a dark cavity
    double maxGlareFraction = 0.004;      // near-white, colourless pixels in the eye band
    double maxClippedFraction = 0.02;     // face pixels at ≥ 250
    double maxCrushedFraction = 0.02;     // face pixels at ≤ 8
    double faceLumaMin = 80, faceLumaMax = 215;  // face median, 0..255
    double maxIlluminationImbalance = 0.18;      // |L − R| / max(L, R) on the cheeks
    double backgroundLumaMin = 195;              // mean, 0..255 ("white")
    double maxBackgroundChroma = 14;             // mean |a*|+|b*|-like chroma, 0..255 scale
    double maxBackgroundStddev = 14;             // texture within the patches
    double maxBackgroundSpread = 22;             // brightest − darkest patch mean: shadows
    double minSharpness = 200;                   // Laplacian variance, face resized to 128 px wide
};

}  // namespace motcua::photo
