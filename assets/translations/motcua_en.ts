<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service public services</source>
        <translation>Self-service public services</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
    <message>
        <source>Hotline %1</source>
        <translation>Hotline %1</translation>
    </message>
</context>
<context>
    <name>FeeStep</name>
    <message>
        <source>The result is usually ready %1 working days after the application is received.</source>
        <translation>The result is usually ready %1 working days after the application is received.</translation>
    </message>
    <message>
        <source>Fee according to the procedures catalogue of %1.</source>
        <translation>Fee according to the procedures catalogue of %1.</translation>
    </message>
    <message>
        <source>Payment by bank QR code will be offered on this kiosk soon. Until then, please show this screen to a police guide.</source>
        <translation>Payment by bank QR code will be offered on this kiosk soon. Until then, please show this screen to a police guide.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do today?</source>
        <translation>What would you like to do today?</translation>
    </message>
    <message>
        <source>Touch a service to begin. A police guide is nearby if you need help.</source>
        <translation>Touch a service to begin. A police guide is nearby if you need help.</translation>
    </message>
    <message>
        <source>Hotline %1  ·  %2</source>
        <translation>Hotline %1  ·  %2</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <source>To protect your information, this session will end and everything you entered will be erased.</source>
        <translation>To protect your information, this session will end and everything you entered will be erased.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Yes, continue</translation>
    </message>
</context>
<context>
    <name>InputMethodToggle</name>
    <message>
        <source>Typing:</source>
        <translation>Typing:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>PassportField</name>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Touch to choose</source>
        <translation>Touch to choose</translation>
    </message>
</context>
<context>
    <name>PassportScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Confirm and see the fee</source>
        <translation>Confirm and see the fee</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>PassportWizard</name>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Please correct the answers marked above before going on.</source>
        <translation>Please correct the answers marked above before going on.</translation>
    </message>
    <message>
        <source>Some answers need correcting: touch &quot;Edit&quot; next to the section.</source>
        <translation>Some answers need correcting: touch &quot;Edit&quot; next to the section.</translation>
    </message>
    <message>
        <source>Please tick the declaration to go on.</source>
        <translation>Please tick the declaration to go on.</translation>
    </message>
    <message>
        <source>This person is under 14. A parent or guardian declares for a child on form TK01a, and the child applies in person at the immigration office with a birth certificate. Please ask a police guide for form TK01a.</source>
        <translation>This person is under 14. A parent or guardian declares for a child on form TK01a, and the child applies in person at the immigration office with a birth certificate. Please ask a police guide for form TK01a.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Type part of the name, accents not needed</source>
        <translation>Type part of the name, accents not needed</translation>
    </message>
    <message>
        <source>Please choose the province or city first.</source>
        <translation>Please choose the province or city first.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation>Nothing found. Try fewer letters.</translation>
    </message>
</context>
<context>
    <name>ProgressSteps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>I declare that the information above is true.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>About this support point</source>
        <translation>About this support point</translation>
    </message>
    <message>
        <source>Address, opening hours and hotline</source>
        <translation>Address, opening hours and hotline</translation>
    </message>
    <message>
        <source>Check an application</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <source>See where your application is, with the number on your receipt</source>
        <translation>See where your application is, with the number on your receipt</translation>
    </message>
    <message>
        <source>Apply for a passport</source>
        <translation>Apply for a passport</translation>
    </message>
    <message>
        <source>Fill in the passport declaration (form TK01) step by step</source>
        <translation>Fill in the passport declaration (form TK01) step by step</translation>
    </message>
</context>
<context>
    <name>SiteInfoScreen</name>
    <message>
        <source>About this support point</source>
        <translation>About this support point</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>Back to services</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>More information needed</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Sent by post</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <translation>Result handed over</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Your application has been received and is waiting to be processed. Nothing more is needed from you for now.</source>
        <translation>Your application has been received and is waiting to be processed. Nothing more is needed from you for now.</translation>
    </message>
    <message>
        <source>The immigration office is processing your application.</source>
        <translation>The immigration office is processing your application.</translation>
    </message>
    <message>
        <source>The immigration office is processing your application. The result is expected on %1.</source>
        <translation>The immigration office is processing your application. The result is expected on %1.</translation>
    </message>
    <message>
        <source>The office needs more from you: %1 Please ask a police guide, or add it on the public-service portal.</source>
        <translation>The office needs more from you: %1 Please ask a police guide, or add it on the public-service portal.</translation>
    </message>
    <message>
        <source>Your passport is ready. Bring your ID card and this receipt to the office where you applied.</source>
        <translation>Your passport is ready. Bring your ID card and this receipt to the office where you applied.</translation>
    </message>
    <message>
        <source>Your passport has been sent by post to the address you gave. The postman will call before delivering.</source>
        <translation>Your passport has been sent by post to the address you gave. The postman will call before delivering.</translation>
    </message>
    <message>
        <source>Your application is complete and the result has been handed over.</source>
        <translation>Your application is complete and the result has been handed over.</translation>
    </message>
    <message>
        <source>Reason: %1 A police guide can help you apply again.</source>
        <translation>Reason: %1 A police guide can help you apply again.</translation>
    </message>
    <message>
        <source>This is not a receipt number. It has capital letters, digits and dashes, for example HN-261123-000123.</source>
        <translation>This is not a receipt number. It has capital letters, digits and dashes, for example HN-261123-000123.</translation>
    </message>
    <message>
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>No application has this number. Please check the number on your receipt.</translation>
    </message>
    <message>
        <source>This application is saved on the kiosk and will be sent to the portal automatically as soon as the connection returns. Please check again later.</source>
        <translation>This application is saved on the kiosk and will be sent to the portal automatically as soon as the connection returns. Please check again later.</translation>
    </message>
    <message>
        <source>The public-service portal could not be verified. Please tell a police guide.</source>
        <translation>The public-service portal could not be verified. Please tell a police guide.</translation>
    </message>
    <message>
        <source>Status lookup is not available on this kiosk. Please ask a police guide.</source>
        <translation>Status lookup is not available on this kiosk. Please ask a police guide.</translation>
    </message>
    <message>
        <source>The public-service portal cannot be reached right now. Please try again in a few minutes.</source>
        <translation>The public-service portal cannot be reached right now. Please try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check an application</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <source>Type the number printed on your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>Type the number printed on your receipt, or hold the receipt&apos;s QR code under the scanner.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Expected return date: %1</source>
        <translation>Expected return date: %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
</TS>
