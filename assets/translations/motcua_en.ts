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
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
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
