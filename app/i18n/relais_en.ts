<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_BE" sourcelanguage="en">
<context>
    <name>ActionRow</name>
    <message>
        <source>☎ Call</source>
        <translation>☎ Call</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>✉ Email</source>
        <translation>✉ Email</translation>
    </message>
    <message>
        <source>Write an email to %1</source>
        <translation>Write an email to %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Open the website</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Show directions on a map</source>
        <translation>Show directions on a map</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy all facts</source>
        <translation>Copy all facts</translation>
    </message>
    <message>
        <source>✓ On the sheet</source>
        <translation>✓ On the sheet</translation>
    </message>
    <message>
        <source>+ Add to sheet</source>
        <translation>+ Add to sheet</translation>
    </message>
    <message>
        <source>Remove from the referral sheet</source>
        <translation>Remove from the referral sheet</translation>
    </message>
    <message>
        <source>Add to the referral sheet</source>
        <translation>Add to the referral sheet</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>☎ Call %1</source>
        <translation>☎ Call %1</translation>
    </message>
    <message>
        <source>★ Pinned</source>
        <translation>★ Pinned</translation>
    </message>
    <message>
        <source>☆ Pin</source>
        <translation>☆ Pin</translation>
    </message>
    <message>
        <source>Unpin from the first screen</source>
        <translation>Unpin from the first screen</translation>
    </message>
    <message>
        <source>Pin to the first screen</source>
        <translation>Pin to the first screen</translation>
    </message>
</context>
<context>
    <name>ConflictController</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>You retired this listing, but someone changed it on the server meanwhile. Retire it anyway, or keep the server&apos;s version.</source>
        <translation>You retired this listing, but someone changed it on the server meanwhile. Retire it anyway, or keep the server&apos;s version.</translation>
    </message>
    <message>
        <source>You marked this listing as still accurate, but someone changed it on the server meanwhile. Confirm the server&apos;s version, or just take it.</source>
        <translation>You marked this listing as still accurate, but someone changed it on the server meanwhile. Confirm the server&apos;s version, or just take it.</translation>
    </message>
    <message>
        <source>This listing was removed on the server while you edited it. Keep your version to publish it again, or let it go.</source>
        <translation>This listing was removed on the server while you edited it. Keep your version to publish it again, or let it go.</translation>
    </message>
    <message>
        <source>Someone changed this listing on the server while you edited it here. Both versions are kept until you choose, field by field.</source>
        <translation>Someone changed this listing on the server while you edited it here. Both versions are kept until you choose, field by field.</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this listing any more.</source>
        <translation>There is no conflict to resolve for this listing any more.</translation>
    </message>
    <message>
        <source>Your version is kept. It is sent at the next sync.</source>
        <translation>Your version is kept. It is sent at the next sync.</translation>
    </message>
    <message>
        <source>The server&apos;s version is kept; your edit was dropped.</source>
        <translation>The server&apos;s version is kept; your edit was dropped.</translation>
    </message>
    <message>
        <source>The merged version is kept. It is sent at the next sync.</source>
        <translation>The merged version is kept. It is sent at the next sync.</translation>
    </message>
</context>
<context>
    <name>relais::app::ConflictController</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>You retired this listing, but someone changed it on the server meanwhile. Retire it anyway, or keep the server&apos;s version.</source>
        <translation>You retired this listing, but someone changed it on the server meanwhile. Retire it anyway, or keep the server&apos;s version.</translation>
    </message>
    <message>
        <source>You marked this listing as still accurate, but someone changed it on the server meanwhile. Confirm the server&apos;s version, or just take it.</source>
        <translation>You marked this listing as still accurate, but someone changed it on the server meanwhile. Confirm the server&apos;s version, or just take it.</translation>
    </message>
    <message>
        <source>This listing was removed on the server while you edited it. Keep your version to publish it again, or let it go.</source>
        <translation>This listing was removed on the server while you edited it. Keep your version to publish it again, or let it go.</translation>
    </message>
    <message>
        <source>Someone changed this listing on the server while you edited it here. Both versions are kept until you choose, field by field.</source>
        <translation>Someone changed this listing on the server while you edited it here. Both versions are kept until you choose, field by field.</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this listing any more.</source>
        <translation>There is no conflict to resolve for this listing any more.</translation>
    </message>
    <message>
        <source>Your version is kept. It is sent at the next sync.</source>
        <translation>Your version is kept. It is sent at the next sync.</translation>
    </message>
    <message>
        <source>The server&apos;s version is kept; your edit was dropped.</source>
        <translation>The server&apos;s version is kept; your edit was dropped.</translation>
    </message>
    <message>
        <source>The merged version is kept. It is sent at the next sync.</source>
        <translation>The merged version is kept. It is sent at the next sync.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>‹ Back to my listings</source>
        <translation>‹ Back to my listings</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. For each, choose the version to keep.</source>
        <translation>
            <numerusform>%n field differs. For each, choose the version to keep.</numerusform>
            <numerusform>%n fields differ. For each, choose the version to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version (this device)</source>
        <translation>Your version (this device)</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Server&apos;s version</translation>
    </message>
    <message>
        <source>Keep your %1: %2</source>
        <translation>Keep your %1: %2</translation>
    </message>
    <message>
        <source>Take the server&apos;s %1: %2</source>
        <translation>Take the server&apos;s %1: %2</translation>
    </message>
    <message>
        <source>Also show the fields that are the same</source>
        <translation>Also show the fields that are the same</translation>
    </message>
    <message>
        <source>Use my choices</source>
        <translation>Use my choices</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Take the server&apos;s</translation>
    </message>
    <message>
        <source>‹ Back to my services</source>
        <translation>‹ Back to my services</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Your edit of this listing is saved on this device and will be sent at the next sync.</source>
        <translation>Your edit of this listing is saved on this device and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>Your edit of this listing conflicts with a newer version on the server: resolve it in My listings.</source>
        <translation>Your edit of this listing conflicts with a newer version on the server: resolve it in My listings.</translation>
    </message>
    <message>
        <source>The server refused your edit of this listing: correct it or drop it in My listings.</source>
        <translation>The server refused your edit of this listing: correct it or drop it in My listings.</translation>
    </message>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Back to results</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>organisation · commune</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Hours unknown: call before going.</source>
        <translation>Hours unknown: call before going.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>Address unknown</translation>
    </message>
    <message>
        <source>Phone unknown</source>
        <translation>Phone unknown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>phone number (label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Email unknown</source>
        <translation>Email unknown</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Verification and sources</source>
        <translation>Verification and sources</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Also known as: %1</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Show QR code</translation>
    </message>
    <message>
        <source>Show a QR code the person can scan to save this contact</source>
        <translation>Show a QR code the person can scan to save this contact</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <source>No phone number is known for this service.</source>
        <translation>No phone number is known for this service.</translation>
    </message>
    <message>
        <source>By email: %1</source>
        <translation>By email: %1</translation>
    </message>
    <message>
        <source>Through their website: %1</source>
        <translation>Through their website: %1</translation>
    </message>
    <message>
        <source>In person: %1</source>
        <translation>In person: %1</translation>
    </message>
    <message>
        <source>No way to reach them is known yet.</source>
        <translation>No way to reach them is known yet.</translation>
    </message>
    <message>
        <source>Hours unknown: check with them before going.</source>
        <translation>Hours unknown: check with them before going.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Sources and notes (for checking)</source>
        <translation>Sources and notes (for checking)</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Research notes and sources behind this listing, for staff who check it. Not meant for the person being referred.</source>
        <translation>Research notes and sources behind this listing, for staff who check it. Not meant for the person being referred.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>phone number — label</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your edit of this listing conflicts with a newer version on the server: resolve it in My services.</source>
        <translation>Your edit of this listing conflicts with a newer version on the server: resolve it in My services.</translation>
    </message>
    <message>
        <source>The server refused your edit of this listing: correct it or drop it in My services.</source>
        <translation>The server refused your edit of this listing: correct it or drop it in My services.</translation>
    </message>
</context>
<context>
    <name>DirectoryWorker</name>
    <message>
        <source>The directory file on this device could not be read or written (full disk or no permission).</source>
        <translation>The directory file on this device could not be read or written (full disk or no permission).</translation>
    </message>
    <message>
        <source>Another program is using the directory file; try again in a moment.</source>
        <translation>Another program is using the directory file; try again in a moment.</translation>
    </message>
    <message>
        <source>This directory was written by a newer version of Relais. Please update the app.</source>
        <translation>This directory was written by a newer version of Relais. Please update the app.</translation>
    </message>
    <message>
        <source>The directory file on this device is damaged.</source>
        <translation>The directory file on this device is damaged.</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>The directory could not be read: %1</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>New listing</source>
        <translation>New listing</translation>
    </message>
    <message>
        <source>The server refused some fields: they are marked below. Correct them, then save.</source>
        <translation>The server refused some fields: they are marked below. Correct them, then save.</translation>
    </message>
    <message>
        <source>This listing is not on this device. Sync, then try again.</source>
        <translation>This listing is not on this device. Sync, then try again.</translation>
    </message>
    <message>
        <source>Some fields need attention: they are marked in red.</source>
        <translation>Some fields need attention: they are marked in red.</translation>
    </message>
    <message>
        <source>Saved on this device. It is sent at the next sync.</source>
        <translation>Saved on this device. It is sent at the next sync.</translation>
    </message>
</context>
<context>
    <name>relais::app::EditorController</name>
    <message>
        <source>New listing</source>
        <translation>New listing</translation>
    </message>
    <message>
        <source>The server refused some fields: they are marked below. Correct them, then save.</source>
        <translation>The server refused some fields: they are marked below. Correct them, then save.</translation>
    </message>
    <message>
        <source>This listing is not on this device. Sync, then try again.</source>
        <translation>This listing is not on this device. Sync, then try again.</translation>
    </message>
    <message>
        <source>Some fields need attention: they are marked in red.</source>
        <translation>Some fields need attention: they are marked in red.</translation>
    </message>
    <message>
        <source>Saved on this device. It is sent at the next sync.</source>
        <translation>Saved on this device. It is sent at the next sync.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Use the international format, for example +32 2 123 45 67, or a short number such as 112.</source>
        <translation>Use the international format, for example +32 2 123 45 67, or a short number such as 112.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.be).</source>
        <translation>This is not an e-mail address (name@example.be).</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://</source>
        <translation>Enter a full web address starting with https://</translation>
    </message>
    <message>
        <source>Give the name in at least one language.</source>
        <translation>Give the name in at least one language.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, from 00:00 to 23:59.</source>
        <translation>Enter a time as HH:MM, from 00:00 to 23:59.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, from 00:00 to 24:00.</source>
        <translation>Enter a time as HH:MM, from 00:00 to 24:00.</translation>
    </message>
    <message>
        <source>Closing must differ from opening (00:00 to 24:00 means all day).</source>
        <translation>Closing must differ from opening (00:00 to 24:00 means all day).</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choose at least one day.</translation>
    </message>
    <message>
        <source>Choose at least one category.</source>
        <translation>Choose at least one category.</translation>
    </message>
    <message>
        <source>This category is not known.</source>
        <translation>This category is not known.</translation>
    </message>
    <message>
        <source>Use two-letter language codes separated by commas, for example fr, nl, ar.</source>
        <translation>Use two-letter language codes separated by commas, for example fr, nl, ar.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and hyphens only.</source>
        <translation>Use lowercase letters, digits and hyphens only.</translation>
    </message>
    <message>
        <source>Enter a number (latitude -90 to 90, longitude -180 to 180), or leave it empty.</source>
        <translation>Enter a number (latitude -90 to 90, longitude -180 to 180), or leave it empty.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Enter a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This organisation is not known to the server.</source>
        <translation>This organisation is not known to the server.</translation>
    </message>
    <message>
        <source>The identifier does not match this listing.</source>
        <translation>The identifier does not match this listing.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>This is required.</translation>
    </message>
    <message>
        <source>Closes before it opens. If it runs past midnight, tick &quot;Past midnight&quot;.</source>
        <translation>Closes before it opens. If it runs past midnight, tick &quot;Past midnight&quot;.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>‹ Back to my listings</source>
        <translation>‹ Back to my listings</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Everything is in order. Your changes are kept on this device when you save, and sent at the next sync.</source>
        <translation>Everything is in order. Your changes are kept on this device when you save, and sent at the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>This listing has a conflict: resolve it first, from My listings.</source>
        <translation>This listing has a conflict: resolve it first, from My listings.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>In French</translation>
    </message>
    <message>
        <source>In Dutch</source>
        <translation>In Dutch</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In English</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Suggested from the name; it cannot change once sent.</source>
        <translation>Suggested from the name; it cannot change once sent.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>For whom (tags, separated by commas)</source>
        <translation>For whom (tags, separated by commas)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Label of this number</source>
        <translation>Label of this number</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Remove this number</translation>
    </message>
    <message>
        <source>+ Add a phone number</source>
        <translation>+ Add a phone number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Languages spoken (codes, separated by commas)</source>
        <translation>Languages spoken (codes, separated by commas)</translation>
    </message>
    <message>
        <source>Leave empty when unknown.</source>
        <translation>Leave empty when unknown.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Walk-in, no appointment</translation>
    </message>
    <message>
        <source>Appointment possible</source>
        <translation>Appointment possible</translation>
    </message>
    <message>
        <source>Appointment required</source>
        <translation>Appointment required</translation>
    </message>
    <message>
        <source>How sure are these facts</source>
        <translation>How sure are these facts</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Partly verified</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Sources and notes</source>
        <translation>Sources and notes</translation>
    </message>
    <message>
        <source>Sources (one per line)</source>
        <translation>Sources (one per line)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>I checked this listing: mark it as verified today</source>
        <translation>I checked this listing: mark it as verified today</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>‹ Back to my services</source>
        <translation>‹ Back to my services</translation>
    </message>
    <message>
        <source>This listing has a conflict: resolve it first, from My services.</source>
        <translation>This listing has a conflict: resolve it first, from My services.</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>None ticked: languages unknown.</source>
        <translation>None ticked: languages unknown.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Language spoken</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>No service matches this search.</source>
        <translation>No service matches this search.</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>Search for %1</translation>
    </message>
    <message>
        <source>Results exist without these filters:</source>
        <translation>Results exist without these filters:</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Tip: try another word, or a word in French, Dutch or English.</source>
        <translation>Tip: try another word, or a word in French, Dutch or English.</translation>
    </message>
    <message>
        <source>Look in a category:</source>
        <translation>Look in a category:</translation>
    </message>
    <message>
        <source>Show the category %1</source>
        <translation>Show the category %1</translation>
    </message>
    <message>
        <source>Or start from what the person needs:</source>
        <translation>Or start from what the person needs:</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Category ▾</source>
        <translation>Category ▾</translation>
    </message>
    <message>
        <source>Commune ▾</source>
        <translation>Commune ▾</translation>
    </message>
    <message>
        <source>Language spoken ▾</source>
        <translation>Language spoken ▾</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Language spoken</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Turns every filter off</source>
        <translation>Turns every filter off</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Mo</source>
        <comment>Monday, short</comment>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tu</source>
        <comment>Tuesday, short</comment>
        <translation>Tu</translation>
    </message>
    <message>
        <source>We</source>
        <comment>Wednesday, short</comment>
        <translation>We</translation>
    </message>
    <message>
        <source>Th</source>
        <comment>Thursday, short</comment>
        <translation>Th</translation>
    </message>
    <message>
        <source>Fr</source>
        <comment>Friday, short</comment>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sa</source>
        <comment>Saturday, short</comment>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Su</source>
        <comment>Sunday, short</comment>
        <translation>Su</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>The opening hours are known</source>
        <translation>The opening hours are known</translation>
    </message>
    <message>
        <source>Shown as &quot;Hours unknown&quot;. Nothing is guessed.</source>
        <translation>Shown as &quot;Hours unknown&quot;. Nothing is guessed.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Opens at</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <source>Past midnight</source>
        <translation>Past midnight</translation>
    </message>
    <message>
        <source>Closes the next day, past midnight</source>
        <translation>Closes the next day, past midnight</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Remove this range</translation>
    </message>
    <message>
        <source>Note, e.g. &quot;women only&quot; or &quot;except school holidays&quot;</source>
        <translation>Note, e.g. &quot;women only&quot; or &quot;except school holidays&quot;</translation>
    </message>
    <message>
        <source>Note on this range</source>
        <translation>Note on this range</translation>
    </message>
    <message>
        <source>+ Add a range</source>
        <translation>+ Add a range</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Back to results</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>My listings</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n listing(s)</source>
        <translation>
            <numerusform>%1 · %n listing</numerusform>
            <numerusform>%1 · %n listings</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in from the settings to see your organisation&apos;s listings.</source>
        <translation>Log in from the settings to see your organisation&apos;s listings.</translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n to confirm</numerusform>
            <numerusform>%n to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has ended. Log in again in the settings: your edits are kept on this device and will be sent then.</source>
        <translation>Your session has ended. Log in again in the settings: your edits are kept on this device and will be sent then.</translation>
    </message>
    <message>
        <source>+ Add a listing</source>
        <translation>+ Add a listing</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Send and sync now</source>
        <translation>Send and sync now</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Still accurate</source>
        <translation>Still accurate</translation>
    </message>
    <message>
        <source>%1 is still accurate</source>
        <translation>%1 is still accurate</translation>
    </message>
    <message>
        <source>Drop my edit</source>
        <translation>Drop my edit</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;? Social workers will no longer see it once the next sync has sent this. Retire it only if the service has stopped.</source>
        <translation>Retire &quot;%1&quot;? Social workers will no longer see it once the next sync has sent this. Retire it only if the service has stopped.</translation>
    </message>
    <message>
        <source>Yes, retire it</source>
        <translation>Yes, retire it</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>My services</translation>
    </message>
    <message>
        <source>Log in to see your organisation&apos;s services.</source>
        <translation>Log in to see your organisation&apos;s services.</translation>
    </message>
</context>
<context>
    <name>LocalDirectory</name>
    <message>
        <source>The bundled directory is missing: %1</source>
        <translation>The bundled directory is missing: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Cannot create folder %1</translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <source>Your session has ended. Log in again: your edits are kept on this device and will be sent then.</source>
        <translation>Your session has ended. Log in again: your edits are kept on this device and will be sent then.</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Enter the server address first, for example https://relais.example.be</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>The session could not be kept on this device: %1</source>
        <translation>The session could not be kept on this device: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>The server cannot be reached. Check the address and your connection.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Too many attempts. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>The server refused the login: %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::LoginController</name>
    <message>
        <source>Your session has ended. Log in again: your edits are kept on this device and will be sent then.</source>
        <translation>Your session has ended. Log in again: your edits are kept on this device and will be sent then.</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Enter the server address first, for example https://relais.example.be</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>The session could not be kept on this device: %1</source>
        <translation>The session could not be kept on this device: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>The server cannot be reached. Check the address and your connection.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Too many attempts. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>The server refused the login: %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
</context>
<context>
    <name>LoginSection</name>
    <message>
        <source>Association staff</source>
        <translation>Association staff</translation>
    </message>
    <message>
        <source>Logged in as %1 for %2.</source>
        <translation>Logged in as %1 for %2.</translation>
    </message>
    <message>
        <source>Staff of an association log in to keep their own listings correct.</source>
        <translation>Staff of an association log in to keep their own listings correct.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>My listings</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>My services</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings and sync</source>
        <translation>Settings and sync</translation>
    </message>
    <message>
        <source>Choose a service in the list to see everything about it.</source>
        <translation>Choose a service in the list to see everything about it.</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>My listings</translation>
    </message>
    <message>
        <source>My listings: your organisation&apos;s services</source>
        <translation>My listings: your organisation&apos;s services</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>My services</translation>
    </message>
    <message>
        <source>My services: those of your organisation</source>
        <translation>My services: those of your organisation</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline. Everything works with the directory on this device.</source>
        <translation>Offline. Everything works with the directory on this device.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Your edit, not sent yet</source>
        <translation>Your edit, not sent yet</translation>
    </message>
    <message>
        <source>Your edit, in conflict</source>
        <translation>Your edit, in conflict</translation>
    </message>
    <message>
        <source>Your edit, refused</source>
        <translation>Your edit, refused</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>organisation · commune</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>On the sheet ✓</source>
        <translation>On the sheet ✓</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>No phone known</source>
        <translation>No phone known</translation>
    </message>
    <message>
        <source>☎ Call</source>
        <translation>☎ Call</translation>
    </message>
    <message>
        <source>Call %1 at %2</source>
        <comment>service name, phone number</comment>
        <translation>Call %1 at %2</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: need, service, organisation, commune…</source>
        <translation>Search: need, service, organisation, commune…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>First %n results</source>
        <translation>
            <numerusform>First %n result</numerusform>
            <numerusform>First %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Nothing in %1; the nearest are shown.</source>
        <translation>Nothing in %1; the nearest are shown.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Back to results</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Directory and sync</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Sync only downloads the directory. Searches and referral sheets never leave this device.</source>
        <translation>Sync only downloads the directory. Searches and referral sheets never leave this device.</translation>
    </message>
    <message>
        <source>Where do you work?</source>
        <translation>Where do you work?</translation>
    </message>
    <message>
        <source>Services in this municipality and its neighbours come first. Kept on this device only.</source>
        <translation>Services in this municipality and its neighbours come first. Kept on this device only.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Professional secrecy, the legal framework of sex work, signs of exploitation: short sourced texts, readable offline.</source>
        <translation>Professional secrecy, the legal framework of sex work, signs of exploitation: short sourced texts, readable offline.</translation>
    </message>
    <message>
        <source>Open the guides</source>
        <translation>Open the guides</translation>
    </message>
    <message>
        <source>Recently opened services</source>
        <translation>Recently opened services</translation>
    </message>
    <message>
        <source>The first screen lists the services you opened last, and those you pinned. Kept on this device only, never synced or sent.</source>
        <translation>The first screen lists the services you opened last, and those you pinned. Kept on this device only, never synced or sent.</translation>
    </message>
    <message>
        <source>Remember the services I open</source>
        <translation>Remember the services I open</translation>
    </message>
    <message>
        <source>Clear recently opened</source>
        <translation>Clear recently opened</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Unpin all</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Colours: %1</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Text size: %1</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Back to results</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <source>The services to hand over, with their contact details and hours. Nothing about the person is asked or kept.</source>
        <translation>The services to hand over, with their contact details and hours. Nothing about the person is asked or kept.</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <source>Sheet in %1</source>
        <translation>Sheet in %1</translation>
    </message>
    <message>
        <source>Services on the sheet</source>
        <translation>Services on the sheet</translation>
    </message>
    <message>
        <source>No service yet. Open a service and choose “Add to sheet”.</source>
        <translation>No service yet. Open a service and choose “Add to sheet”.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1 from the sheet</source>
        <translation>Remove %1 from the sheet</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Copy the sheet as text, to paste in a message</source>
        <translation>Copy the sheet as text, to paste in a message</translation>
    </message>
    <message>
        <source>Clear sheet</source>
        <translation>Clear sheet</translation>
    </message>
    <message>
        <source>Remove every service from the sheet</source>
        <translation>Remove every service from the sheet</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message or a document.</source>
        <translation>Copied. Paste it into a message or a document.</translation>
    </message>
    <message>
        <source>The services to hand over, as they will print: contact details, hours and a QR code to save each contact. Nothing about the person is asked or kept.</source>
        <translation>The services to hand over, as they will print: contact details, hours and a QR code to save each contact. Nothing about the person is asked or kept.</translation>
    </message>
    <message>
        <source>Service names and descriptions exist in French, Dutch and English. Print them in:</source>
        <translation>Service names and descriptions exist in French, Dutch and English. Print them in:</translation>
    </message>
    <message>
        <source>Service names in %1</source>
        <translation>Service names in %1</translation>
    </message>
    <message>
        <source>No phone known</source>
        <translation>No phone known</translation>
    </message>
    <message>
        <source>QR code to save %1 as a contact</source>
        <translation>QR code to save %1 as a contact</translation>
    </message>
    <message>
        <source>Copy as text message</source>
        <translation>Copy as text message</translation>
    </message>
    <message>
        <source>Copy %1 as a text message</source>
        <translation>Copy %1 as a text message</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Show to the person</translation>
    </message>
    <message>
        <source>Show the sheet on the screen in large print</source>
        <translation>Show the sheet on the screen in large print</translation>
    </message>
    <message>
        <source>Copy all as text messages</source>
        <translation>Copy all as text messages</translation>
    </message>
    <message>
        <source>Copy every service as a text message, to paste in SMS, WhatsApp or Signal</source>
        <translation>Copy every service as a text message, to paste in SMS, WhatsApp or Signal</translation>
    </message>
    <message>
        <source>Clear sheet…</source>
        <translation>Clear sheet…</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message on the work phone.</source>
        <translation>Copied. Paste it into a message on the work phone.</translation>
    </message>
    <message>
        <source>Clear the sheet?</source>
        <translation>Clear the sheet?</translation>
    </message>
    <message>
        <source>Every service will be removed from the sheet.</source>
        <translation>Every service will be removed from the sheet.</translation>
    </message>
    <message>
        <source>Clear the sheet? Every service will be removed from the sheet.</source>
        <translation>Clear the sheet? Every service will be removed from the sheet.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Yes, remove every service from the sheet</source>
        <translation>Yes, remove every service from the sheet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open to print</source>
        <translation>Open to print</translation>
    </message>
    <message>
        <source>Open the saved PDF in the document viewer, to print it</source>
        <translation>Open the saved PDF in the document viewer, to print it</translation>
    </message>
</context>
<context>
    <name>SheetTray</name>
    <message>
        <source>Referral sheet</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <source>Referral sheet: empty</source>
        <translation>Referral sheet: empty</translation>
    </message>
    <message numerus="yes">
        <source>Referral sheet: %n service(s)</source>
        <translation>
            <numerusform>Referral sheet: %n service</numerusform>
            <numerusform>Referral sheet: %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sheet</source>
        <translation>Open sheet</translation>
    </message>
    <message>
        <source>Open the referral sheet</source>
        <translation>Open the referral sheet</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>This listing belongs to another organisation: only its staff or an administrator can change it. Your edit is kept here; you can drop it.</source>
        <translation>This listing belongs to another organisation: only its staff or an administrator can change it. Your edit is kept here; you can drop it.</translation>
    </message>
    <message>
        <source>The server refused some fields. Open the listing to see them highlighted and correct them.</source>
        <translation>The server refused some fields. Open the listing to see them highlighted and correct them.</translation>
    </message>
    <message>
        <source>This listing no longer exists on the server.</source>
        <translation>This listing no longer exists on the server.</translation>
    </message>
    <message>
        <source>The server refused this edit: %1</source>
        <translation>The server refused this edit: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Retired, waiting to be sent</source>
        <translation>Retired, waiting to be sent</translation>
    </message>
    <message>
        <source>Pending: sent at the next sync</source>
        <translation>Pending: sent at the next sync</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>Conflict: changed on the server too</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Marked as still accurate. This is sent at the next sync.</source>
        <translation>Marked as still accurate. This is sent at the next sync.</translation>
    </message>
    <message>
        <source>Listing retired. This is sent at the next sync.</source>
        <translation>Listing retired. This is sent at the next sync.</translation>
    </message>
    <message>
        <source>The refused edit was dropped.</source>
        <translation>The refused edit was dropped.</translation>
    </message>
</context>
<context>
    <name>relais::app::StaffController</name>
    <message>
        <source>This listing belongs to another organisation: only its staff or an administrator can change it. Your edit is kept here; you can drop it.</source>
        <translation>This listing belongs to another organisation: only its staff or an administrator can change it. Your edit is kept here; you can drop it.</translation>
    </message>
    <message>
        <source>The server refused some fields. Open the listing to see them highlighted and correct them.</source>
        <translation>The server refused some fields. Open the listing to see them highlighted and correct them.</translation>
    </message>
    <message>
        <source>This listing no longer exists on the server.</source>
        <translation>This listing no longer exists on the server.</translation>
    </message>
    <message>
        <source>The server refused this edit: %1</source>
        <translation>The server refused this edit: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Retired, waiting to be sent</source>
        <translation>Retired, waiting to be sent</translation>
    </message>
    <message>
        <source>Pending: sent at the next sync</source>
        <translation>Pending: sent at the next sync</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>Conflict: changed on the server too</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Marked as still accurate. This is sent at the next sync.</source>
        <translation>Marked as still accurate. This is sent at the next sync.</translation>
    </message>
    <message>
        <source>Listing retired. This is sent at the next sync.</source>
        <translation>Listing retired. This is sent at the next sync.</translation>
    </message>
    <message>
        <source>The refused edit was dropped.</source>
        <translation>The refused edit was dropped.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Sync cancelled. The directory stays as it was after the last completed step.</source>
        <translation>Sync cancelled. The directory stays as it was after the last completed step.</translation>
    </message>
    <message>
        <source>The server reported a problem: %1. Try again later.</source>
        <translation>The server reported a problem: %1. Try again later.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood. Check the server address.</source>
        <translation>The server&apos;s answer was not understood. Check the server address.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Sync failed.</translation>
    </message>
    <message>
        <source>Sync is not available in this version of Relais.</source>
        <translation>Sync is not available in this version of Relais.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Directory data as of %1</source>
        <translation>Directory data as of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on this device</source>
        <translation>
            <numerusform>%n service on this device</numerusform>
            <numerusform>%n services on this device</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Sync is not available in this version. The directory that came with the app is used.</source>
        <translation>Sync is not available in this version. The directory that came with the app is used.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>Address unknown</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Phone unknown</source>
        <translation>Phone unknown</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Help offered</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Where to find help</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Prepared on %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>Information from the Relais directory as of %1</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Open 24/7</translation>
    </message>
    <message>
        <source>Open now · until %1</source>
        <translation>Open now · until %1</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed · opens at %1</source>
        <translation>Closed · opens at %1</translation>
    </message>
    <message>
        <source>Closed · opens tomorrow at %1</source>
        <translation>Closed · opens tomorrow at %1</translation>
    </message>
    <message>
        <source>Closed · opens %1 at %2</source>
        <translation>Closed · opens %1 at %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hungarian</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Languages unknown</source>
        <translation>Languages unknown</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>Cost unknown</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>Not free</translation>
    </message>
    <message>
        <source>Anonymity unknown</source>
        <translation>Anonymity unknown</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Anonymous possible</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Identity asked</translation>
    </message>
    <message>
        <source>Appointment policy unknown</source>
        <translation>Appointment policy unknown</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Walk-in, no appointment</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Appointment optional</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>By appointment only</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Confirmed by the organisation %1.</source>
        <translation>Confirmed by the organisation %1.</translation>
    </message>
    <message>
        <source>Checked against public sources %1, not yet confirmed by the service.</source>
        <translation>Checked against public sources %1, not yet confirmed by the service.</translation>
    </message>
    <message>
        <source>Not confirmed: check before referring.</source>
        <translation>Not confirmed: check before referring.</translation>
    </message>
    <message>
        <source>Not confirmed: last confirmed by the organisation %1.</source>
        <translation>Not confirmed: last confirmed by the organisation %1.</translation>
    </message>
    <message>
        <source>Not confirmed: last checked against public sources %1.</source>
        <translation>Not confirmed: last checked against public sources %1.</translation>
    </message>
    <message>
        <source>The newest source found dates from %1.</source>
        <translation>The newest source found dates from %1.</translation>
    </message>
    <message>
        <source>National line</source>
        <translation>National line</translation>
    </message>
    <message>
        <source>outside Brussels</source>
        <translation>outside Brussels</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>unofficial source</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>information may be old</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Helpline</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>Service names and descriptions are in %1.</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>Scan to save this contact</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
</context>
<context>
    <name>relais::app::DetailController</name>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>This service is no longer in the directory.</translation>
    </message>
</context>
<context>
    <name>relais::app::SheetController</name>
    <message>
        <source>referral-sheet</source>
        <translation>referral-sheet</translation>
    </message>
    <message>
        <source>No translation for the sheet language %1.</source>
        <translation>No translation for the sheet language %1.</translation>
    </message>
</context>
<context>
    <name>relais::app::SyncController</name>
    <message>
        <source>Never: using the directory that came with the app</source>
        <translation>Never: using the directory that came with the app</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Enter the server address first, for example https://relais.example.be</translation>
    </message>
    <message>
        <source>No connection to the server. Everything still works offline with the directory on this device.</source>
        <translation>No connection to the server. Everything still works offline with the directory on this device.</translation>
    </message>
</context>
<context>
    <name>DemoMark</name>
    <message>
        <source>Demo: presentation mode for training</source>
        <translation>Demo: presentation mode for training</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>Fiche</name>
    <message>
        <source>Not in the current directory: look it up again before referring.</source>
        <translation>Not in the current directory: look it up again before referring.</translation>
    </message>
    <message>
        <source>to verify by phone</source>
        <translation>to verify by phone</translation>
    </message>
    <message>
        <source>Memo sheet</source>
        <translation>Memo sheet</translation>
    </message>
    <message>
        <source>Training scenario (fictional situation)</source>
        <translation>Training scenario (fictional situation)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Questions to ask, with care</source>
        <translation>Questions to ask, with care</translation>
    </message>
    <message>
        <source>Pitfalls to avoid</source>
        <translation>Pitfalls to avoid</translation>
    </message>
    <message>
        <source>Where to refer</source>
        <translation>Where to refer</translation>
    </message>
    <message>
        <source>No service in this category yet.</source>
        <translation>No service in this category yet.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Phone and address</source>
        <translation>Phone and address</translation>
    </message>
    <message>
        <source>Hours and conditions change: call before sending someone when you can. Referring respects professional secrecy: share nothing about the person without their consent.</source>
        <translation>Hours and conditions change: call before sending someone when you can. Referring respects professional secrecy: share nothing about the person without their consent.</translation>
    </message>
    <message>
        <source>Hours and conditions change: call before sending someone when you can. Referring respects professional secrecy: share nothing about the person without their consent, outside the exceptions the law makes (see the guide on professional secrecy).</source>
        <translation>Hours and conditions change: call before sending someone when you can. Referring respects professional secrecy: share nothing about the person without their consent, outside the exceptions the law makes (see the guide on professional secrecy).</translation>
    </message>
    <message>
        <source>Knowledge guide · facts checked on %1</source>
        <translation>Knowledge guide · facts checked on %1</translation>
    </message>
    <message>
        <source>Services in the directory</source>
        <translation>Services in the directory</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>‹ All scenarios</source>
        <translation>‹ All scenarios</translation>
    </message>
    <message>
        <source>Training scenario: a fictional situation.</source>
        <translation>Training scenario: a fictional situation.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Questions to ask, with care</source>
        <translation>Questions to ask, with care</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number. question</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pitfalls to avoid</source>
        <translation>Pitfalls to avoid</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>list item</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Where to refer</source>
        <translation>Where to refer</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of this scenario are not in the current directory (removed by a sync or an edit). Reset to the bundled directory to find them again.</source>
        <translation>
            <numerusform>%n service of this scenario is not in the current directory (removed by a sync or an edit). Reset to the bundled directory to find it again.</numerusform>
            <numerusform>%n services of this scenario are not in the current directory (removed by a sync or an edit). Reset to the bundled directory to find them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the current directory</source>
        <translation>Not in the current directory</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>✓ On the sheet</source>
        <translation>✓ On the sheet</translation>
    </message>
    <message>
        <source>Add to sheet</source>
        <translation>Add to sheet</translation>
    </message>
    <message>
        <source>Remove %1 from the sheet</source>
        <translation>Remove %1 from the sheet</translation>
    </message>
    <message>
        <source>Add %1 to the referral sheet</source>
        <translation>Add %1 to the referral sheet</translation>
    </message>
    <message>
        <source>Show the questions</source>
        <translation>Show the questions</translation>
    </message>
    <message>
        <source>Show the pitfalls</source>
        <translation>Show the pitfalls</translation>
    </message>
    <message>
        <source>Show the next referral</source>
        <translation>Show the next referral</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Show everything</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Hide the questions and referrals again</source>
        <translation>Hide the questions and referrals again</translation>
    </message>
    <message>
        <source>Add all to sheet</source>
        <translation>Add all to sheet</translation>
    </message>
    <message>
        <source>Put every referral of this scenario on the referral sheet</source>
        <translation>Put every referral of this scenario on the referral sheet</translation>
    </message>
    <message>
        <source>Memo sheet (PDF)</source>
        <translation>Memo sheet (PDF)</translation>
    </message>
    <message>
        <source>Save this scenario&apos;s memo sheet as PDF</source>
        <translation>Save this scenario&apos;s memo sheet as PDF</translation>
    </message>
</context>
<context>
    <name>TrainerButton</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Trainer mode: case scenarios, presentation mode and memo sheets</source>
        <translation>Trainer mode: case scenarios, presentation mode and memo sheets</translation>
    </message>
</context>
<context>
    <name>TrainerPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Back to results</translation>
    </message>
    <message>
        <source>Training: case scenarios</source>
        <translation>Training: case scenarios</translation>
    </message>
    <message>
        <source>Pick a situation, ask the class which questions and referrals fit, then reveal them step by step. Scenarios are fictional; the services are those of the directory.</source>
        <translation>Pick a situation, ask the class which questions and referrals fit, then reveal them step by step. Scenarios are fictional; the services are those of the directory.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number. scenario title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Guide: %1</translation>
    </message>
</context>
<context>
    <name>TrainerTools</name>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Presentation mode: large text, high contrast, no account data</source>
        <translation>Presentation mode: large text, high contrast, no account data</translation>
    </message>
    <message>
        <source>Start every class the same</source>
        <translation>Start every class the same</translation>
    </message>
    <message>
        <source>Reset puts back the directory shipped with the app: synced updates and local edits on this device are discarded.</source>
        <translation>Reset puts back the directory shipped with the app: synced updates and local edits on this device are discarded.</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Resetting…</translation>
    </message>
    <message>
        <source>Reset to the bundled directory…</source>
        <translation>Reset to the bundled directory…</translation>
    </message>
    <message>
        <source>Memo sheets (PDF, one page)</source>
        <translation>Memo sheets (PDF, one page)</translation>
    </message>
    <message>
        <source>Memo sheets in %1</source>
        <translation>Memo sheets in %1</translation>
    </message>
    <message>
        <source>Category of the memo sheet</source>
        <translation>Category of the memo sheet</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Save the memo sheet of %1 as PDF</source>
        <translation>Save the memo sheet of %1 as PDF</translation>
    </message>
    <message>
        <source>Reset the directory?</source>
        <translation>Reset the directory?</translation>
    </message>
    <message>
        <source>Synced updates and every local edit on this device will be discarded. The directory shipped with the app comes back. The referral sheet is kept.</source>
        <translation>Synced updates and every local edit on this device will be discarded. The directory shipped with the app comes back. The referral sheet is kept.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>relais::app::TrainerController</name>
    <message>
        <source>Some training scenarios could not be read: %1</source>
        <translation>Some training scenarios could not be read: %1</translation>
    </message>
    <message>
        <source>No training scenario with id %1.</source>
        <translation>No training scenario with id %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) added to the referral sheet.</source>
        <translation>
            <numerusform>%n service added to the referral sheet.</numerusform>
            <numerusform>%n services added to the referral sheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running: wait for it to finish, then reset.</source>
        <translation>A sync is running: wait for it to finish, then reset.</translation>
    </message>
    <message>
        <source>This directory file was opened from the command line; it is not reset.</source>
        <translation>This directory file was opened from the command line; it is not reset.</translation>
    </message>
    <message>
        <source>The directory is back to the bundled version.</source>
        <translation>The directory is back to the bundled version.</translation>
    </message>
    <message>
        <source>No category or training scenario with id %1.</source>
        <translation>No category or training scenario with id %1.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the large view</source>
        <translation>Close the large view</translation>
    </message>
    <message>
        <source>QR code to save %1 as a contact</source>
        <translation>QR code to save %1 as a contact</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the QR code</source>
        <translation>Close the QR code</translation>
    </message>
    <message>
        <source>QR code of the contact</source>
        <translation>QR code of the contact</translation>
    </message>
    <message>
        <source>Point the phone's camera at the code to save the contact: no number to type, nothing sent.</source>
        <translation>Point the phone's camera at the code to save the contact: no number to type, nothing sent.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>‹ All guides</source>
        <translation>‹ All guides</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Short sourced texts on the law and the practice behind a referral, readable offline. They inform; they are not legal advice.</source>
        <translation>Short sourced texts on the law and the practice behind a referral, readable offline. They inform; they are not legal advice.</translation>
    </message>
    <message>
        <source>Facts checked on %1</source>
        <translation>Facts checked on %1</translation>
    </message>
    <message>
        <source>Services in the directory</source>
        <translation>Services in the directory</translation>
    </message>
    <message>
        <source>Not in the current directory</source>
        <translation>Not in the current directory</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Memo sheet (PDF)</source>
        <translation>Memo sheet (PDF)</translation>
    </message>
    <message>
        <source>Save this guide as a memo sheet (PDF)</source>
        <translation>Save this guide as a memo sheet (PDF)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::GuideController</name>
    <message>
        <source>Some guides could not be read: %1</source>
        <translation>Some guides could not be read: %1</translation>
    </message>
    <message>
        <source>No guide with id %1.</source>
        <translation>No guide with id %1.</translation>
    </message>
</context>
<context>
    <name>NeedTiles</name>
    <message numerus="yes">
        <source>%1: %n service(s)</source>
        <translation>
            <numerusform>%1: %n service</numerusform>
            <numerusform>%1: %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceLinks</name>
    <message>
        <source>%1, %2</source>
        <comment>service name, 24/7</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>☎ %1</source>
        <comment>call button with the number</comment>
        <translation>☎ %1</translation>
    </message>
    <message>
        <source>Call %1 at %2</source>
        <comment>service name, phone number</comment>
        <translation>Call %1 at %2</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the recently opened services</source>
        <translation>Clear the recently opened services</translation>
    </message>
    <message>
        <source>What does the person need?</source>
        <translation>What does the person need?</translation>
    </message>
    <message>
        <source>Emergency and 24/7 lines</source>
        <translation>Emergency and 24/7 lines</translation>
    </message>
    <message numerus="yes">
        <source>See all %n service(s)</source>
        <translation>
            <numerusform>See the service</numerusform>
            <numerusform>See all %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursNote</name>
    <message>
        <source>permanence médicale anonyme, gratuite, sans rendez-vous (source 2023)</source>
        <translation>anonymous, free medical drop-in, no appointment (2023 source)</translation>
    </message>
    <message>
        <source>jours ouvrables; en urgence hors heures, permanence téléphonique</source>
        <translation>working days; in an emergency outside these hours, a phone line</translation>
    </message>
    <message>
        <source>24h/24 (ligne téléphonique)</source>
        <translation>24 hours a day (phone line)</translation>
    </message>
    <message>
        <source>24h/24, 7j/7</source>
        <translation>24 hours a day, 7 days a week</translation>
    </message>
    <message>
        <source>24h/24</source>
        <translation>24 hours a day</translation>
    </message>
    <message>
        <source>ligne téléphonique (source 2022-2023)</source>
        <translation>phone line (2022–2023 source)</translation>
    </message>
    <message>
        <source>chat en ligne</source>
        <translation>online chat</translation>
    </message>
    <message>
        <source>ligne d&apos;écoute gratuite 0800 20 120</source>
        <translation>free listening line 0800 20 120</translation>
    </message>
    <message>
        <source>call center téléphonique</source>
        <translation>phone call centre</translation>
    </message>
    <message>
        <source>introduction des nouvelles demandes</source>
        <translation>new requests</translation>
    </message>
    <message>
        <source>permanences sociales; pas de permanence le vendredi</source>
        <translation>social drop-in; none on Fridays</translation>
    </message>
    <message>
        <source>accueil du service social général sans rendez-vous (horaire de la période COVID)</source>
        <translation>general social service reception, no appointment (hours from the COVID period)</translation>
    </message>
    <message>
        <source>idem</source>
        <translation>same hours</translation>
    </message>
    <message>
        <source>accueil central, nouvelles demandes</source>
        <translation>central reception, new requests</translation>
    </message>
    <message>
        <source>guichet du siège central (à partir du 5 janvier 2026)</source>
        <translation>head office counter (from 5 January 2026)</translation>
    </message>
    <message>
        <source>sans rendez-vous; juillet-août : lu, me, ve uniquement</source>
        <translation>no appointment; July–August: Mon, Wed, Fri only</translation>
    </message>
    <message>
        <source>permanence téléphonique uniquement</source>
        <translation>phone line only</translation>
    </message>
    <message>
        <source>permanence téléphonique</source>
        <translation>phone line</translation>
    </message>
    <message>
        <source>Legal Aid Office, niveau -1, sans rendez-vous</source>
        <translation>Legal Aid Office, level -1, no appointment</translation>
    </message>
    <message>
        <source>Justice centre, 2e étage : 1er et 3e jeudi du mois</source>
        <translation>Justice centre, 2nd floor: 1st and 3rd Thursday of the month</translation>
    </message>
    <message>
        <source>permanence téléphonique – droit de séjour</source>
        <translation>phone line – residence rights</translation>
    </message>
    <message>
        <source>permanence téléphonique – droit international privé familial et nationalité</source>
        <translation>phone line – international family law and nationality</translation>
    </message>
    <message>
        <source>ligne téléphonique 24h/24</source>
        <translation>phone line, 24 hours a day</translation>
    </message>
    <message>
        <source>nuit; arriver avant 20h, réveil vers 7h30-8h</source>
        <translation>night; arrive before 20:00, wake-up around 7:30–8:00</translation>
    </message>
    <message>
        <source>douches (horaire 2017)</source>
        <translation>showers (2017 hours)</translation>
    </message>
    <message>
        <source>infirmerie sans rendez-vous, inscription à l&apos;accueil</source>
        <translation>nursing post, no appointment, register at reception</translation>
    </message>
    <message>
        <source>centre de jour; se présenter entre 9h et 12h pour l&apos;hébergement</source>
        <translation>day centre; for a bed, come between 9:00 and 12:00</translation>
    </message>
    <message>
        <source>comptoir LAIRR (matériel stérile) 24h/24, anonyme</source>
        <translation>LAIRR counter (sterile supplies) 24 hours a day, anonymous</translation>
    </message>
    <message>
        <source>espace d&apos;accueil du CLIP (selon La Libre, 2023)</source>
        <translation>CLIP drop-in space (according to La Libre, 2023)</translation>
    </message>
    <message>
        <source>centrale téléphonique</source>
        <translation>switchboard</translation>
    </message>
    <message>
        <source>accueil téléphonique</source>
        <translation>phone reception</translation>
    </message>
    <message>
        <source>permanence d&apos;accueil et d&apos;orientation pour femmes seules cherchant un hébergement (BelRefugees)</source>
        <translation>reception and referral drop-in for single women looking for shelter (BelRefugees)</translation>
    </message>
    <message>
        <source>24h/24, 365 jours/an</source>
        <translation>24 hours a day, 365 days a year</translation>
    </message>
    <message>
        <source>téléphone 24h/24; chat à horaires plus restreints</source>
        <translation>phone 24 hours a day; chat at shorter hours</translation>
    </message>
    <message>
        <source>sauf jours fériés; en dehors de ces heures, bascule vers Télé-Accueil 107 (24h/24)</source>
        <translation>except public holidays; outside these hours, calls go to Télé-Accueil 107 (24 hours a day)</translation>
    </message>
    <message>
        <source>permanence à la Maison Arc-en-Ciel de Bruxelles, 1er jeudi du mois</source>
        <translation>drop-in at the Brussels Rainbow House, 1st Thursday of the month</translation>
    </message>
    <message>
        <source>groupe de parole, 3e samedi du mois</source>
        <translation>support group, 3rd Saturday of the month</translation>
    </message>
    <message>
        <source>permanence sociale sans rendez-vous (introduire une demande d&apos;aide), rue de la Charrette 27</source>
        <translation>social drop-in, no appointment (to apply for help), rue de la Charrette 27</translation>
    </message>
    <message>
        <source>travailleurs sociaux sur rendez-vous ou par téléphone</source>
        <translation>social workers by appointment or by phone</translation>
    </message>
    <message>
        <source>travailleurs sociaux sur rendez-vous ou par téléphone; Gulledelle 98 mêmes heures</source>
        <translation>social workers by appointment or by phone; Gulledelle 98 same hours</translation>
    </message>
    <message>
        <source>inscription à l&apos;accueil du CPAS (première demande), jours ouvrables</source>
        <translation>register at the CPAS reception (first request), working days</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>permanence des assistants sociaux sans rendez-vous; l&apos;après-midi sur rendez-vous sauf le lundi</source>
        <translation>social workers&apos; drop-in, no appointment; afternoons by appointment except Mondays</translation>
    </message>
    <message>
        <source>fermé le vendredi après-midi</source>
        <translation>closed Friday afternoons</translation>
    </message>
    <message>
        <source>accueil 24h/24 selon l&apos;association</source>
        <translation>open 24 hours a day, according to the association</translation>
    </message>
    <message>
        <source>permanence sociale</source>
        <translation>social drop-in</translation>
    </message>
    <message>
        <source>jours ouvrables</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>permanence téléphonique, jours ouvrables</source>
        <translation>phone line, working days</translation>
    </message>
    <message>
        <source>accueil (téléphone ou sur place, confidentiel) – pas d&apos;accueil en urgence</source>
        <translation>reception (by phone or in person, confidential) – no emergency reception</translation>
    </message>
    <message>
        <source>écoute des signalements</source>
        <translation>listening to reports</translation>
    </message>
</context>
<context>
    <name>PhoneLabel</name>
    <message>
        <source>accueil</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>téléphone (page non datée)</source>
        <translation>phone (undated page)</translation>
    </message>
    <message>
        <source>ligne d&apos;aide</source>
        <translation>helpline</translation>
    </message>
    <message>
        <source>accueil (permanence téléphonique d&apos;urgence hors heures)</source>
        <translation>reception (emergency phone line outside opening hours)</translation>
    </message>
    <message>
        <source>WhatsApp (source tierce non officielle)</source>
        <translation>WhatsApp (unofficial third-party source)</translation>
    </message>
    <message>
        <source>ligne d&apos;assistance traite 24h/24, 7j/7</source>
        <translation>trafficking helpline, 24 hours a day, 7 days a week</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>24h/24</source>
        <translation>24 hours a day</translation>
    </message>
    <message>
        <source>24h/24 – transport vers le CPVS</source>
        <translation>24 hours a day – transport to the sexual assault care centre</translation>
    </message>
    <message>
        <source>ligne d&apos;écoute gratuite</source>
        <translation>free listening line</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>secrétariat</source>
        <translation>office</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>office</translation>
    </message>
    <message>
        <source>ligne gratuite (tous les jours 18h-21h)</source>
        <translation>free line (every day 18:00–21:00)</translation>
    </message>
    <message>
        <source>information (source 2017)</source>
        <translation>information (2017 source)</translation>
    </message>
    <message>
        <source>site Solbosch</source>
        <translation>Solbosch campus</translation>
    </message>
    <message>
        <source>accueil central</source>
        <translation>central reception</translation>
    </message>
    <message>
        <source>siège administratif (standard)</source>
        <translation>head office (switchboard)</translation>
    </message>
    <message>
        <source>call center 7j/7 8h30-16h30</source>
        <translation>call centre 7 days a week, 8:30–16:30</translation>
    </message>
    <message>
        <source>call center (2e ligne)</source>
        <translation>call centre (2nd line)</translation>
    </message>
    <message>
        <source>call center</source>
        <translation>call centre</translation>
    </message>
    <message>
        <source>call center (permanence téléphonique lu-ve 8h-12h, 13h-16h)</source>
        <translation>call centre (phone line Mon–Fri 8:00–12:00, 13:00–16:00)</translation>
    </message>
    <message>
        <source>CDCS-CMDC (secrétariat)</source>
        <translation>CDCS-CMDC (office)</translation>
    </message>
    <message>
        <source>accueil / coordination</source>
        <translation>reception / coordination</translation>
    </message>
    <message>
        <source>BAJ (secrétariat)</source>
        <translation>Legal aid office (office)</translation>
    </message>
    <message>
        <source>secretariaat BJB</source>
        <translation>Legal aid office (office)</translation>
    </message>
    <message>
        <source>telefonische permanentie (woensdag 9u-11u)</source>
        <translation>phone line (Wednesday 9:00–11:00)</translation>
    </message>
    <message>
        <source>helpline juridique (lu-ve 12h-15h)</source>
        <translation>legal helpline (Mon–Fri 12:00–15:00)</translation>
    </message>
    <message>
        <source>service juridique – consultations téléphoniques et prise de rendez-vous</source>
        <translation>legal service – phone advice and appointments</translation>
    </message>
    <message>
        <source>numéro vert 0800/99.340, 24h/24, 7j/7</source>
        <translation>free number 0800/99.340, 24 hours a day, 7 days a week</translation>
    </message>
    <message>
        <source>secrétariat (rapport 2014-2015)</source>
        <translation>office (2014–2015 report)</translation>
    </message>
    <message>
        <source>permanence téléphonique</source>
        <translation>phone line</translation>
    </message>
    <message>
        <source>service prévention (lu-ve 9h-17h)</source>
        <translation>prevention service (Mon–Fri 9:00–17:00)</translation>
    </message>
    <message>
        <source>numéro gratuit 0800/35 123 (lu-ve 8h30-16h30)</source>
        <translation>free number 0800/35 123 (Mon–Fri 8:30–16:30)</translation>
    </message>
    <message>
        <source>numéro gratuit 0800 30 700 (lu-ve 8h-16h30)</source>
        <translation>free number 0800 30 700 (Mon–Fri 8:00–16:30)</translation>
    </message>
    <message>
        <source>depuis l&apos;étranger (payant)</source>
        <translation>from abroad (charged)</translation>
    </message>
    <message>
        <source>ligne de crise gratuite 0800 32 123, 24h/24</source>
        <translation>free crisis line 0800 32 123, 24 hours a day</translation>
    </message>
    <message>
        <source>numéro gratuit, 24h/24</source>
        <translation>free number, 24 hours a day</translation>
    </message>
    <message>
        <source>gratis, 24/7</source>
        <translation>free, 24/7</translation>
    </message>
    <message>
        <source>urgence médicale / pompiers, 24h/24</source>
        <translation>medical emergency / fire brigade, 24 hours a day</translation>
    </message>
    <message>
        <source>police – intervention urgente, 24h/24</source>
        <translation>police – urgent help, 24 hours a day</translation>
    </message>
    <message>
        <source>numéro vert 0800 30 030 (lu-ve 9h-19h; relais 107 en dehors)</source>
        <translation>free number 0800 30 030 (Mon–Fri 9:00–19:00; otherwise 107)</translation>
    </message>
    <message>
        <source>hulplijn (telefoon; ook chat en e-mail via de website)</source>
        <translation>helpline (phone; chat and email on the website too)</translation>
    </message>
    <message>
        <source>116 000, 24h/24, 7j/7</source>
        <translation>116 000, 24 hours a day, 7 days a week</translation>
    </message>
    <message>
        <source>général</source>
        <translation>general</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>call center / service social de première ligne</source>
        <translation>call centre / first-line social service</translation>
    </message>
    <message>
        <source>CPAS (numéro donné par la commune)</source>
        <translation>CPAS (number given by the municipality)</translation>
    </message>
    <message>
        <source>accueil du CPAS / onthaal</source>
        <translation>CPAS reception</translation>
    </message>
    <message>
        <source>service social général (assistante sociale en chef)</source>
        <translation>general social service (head social worker)</translation>
    </message>
    <message>
        <source>accueil du CPAS (lu-ve 8h-16h)</source>
        <translation>CPAS reception (Mon–Fri 8:00–16:00)</translation>
    </message>
    <message>
        <source>CPAS – service social</source>
        <translation>CPAS – social service</translation>
    </message>
    <message>
        <source>accueil / standard</source>
        <translation>reception / switchboard</translation>
    </message>
    <message>
        <source>CPVCF (numéro publié en avril 2020, 9h30-17h30 7j/7 pour les places d&apos;hébergement d&apos;urgence)</source>
        <translation>CPVCF (number published in April 2020, 9:30–17:30 7 days a week, for emergency shelter places)</translation>
    </message>
    <message>
        <source>secrétariat (rapports annuels)</source>
        <translation>office (annual reports)</translation>
    </message>
    <message>
        <source>accueil général</source>
        <translation>general reception</translation>
    </message>
    <message>
        <source>permanence</source>
        <translation>drop-in line</translation>
    </message>
    <message>
        <source>réservations (services uniquement)</source>
        <translation>bookings (services only)</translation>
    </message>
    <message>
        <source>centrale</source>
        <translation>switchboard</translation>
    </message>
    <message>
        <source>interprétariat par déplacement</source>
        <translation>on-site interpreting</translation>
    </message>
    <message>
        <source>interprétariat par téléphone</source>
        <translation>phone interpreting</translation>
    </message>
    <message>
        <source>traductions écrites</source>
        <translation>written translations</translation>
    </message>
    <message>
        <source>numéro gratuit 0800 12 800 (jours ouvrables 9h30-13h)</source>
        <translation>free number 0800 12 800 (working days 9:30–13:00)</translation>
    </message>
    <message>
        <source>accueil – demandes d&apos;hébergement (source : fiche Bruss&apos;help)</source>
        <translation>reception – shelter requests (source: Bruss&apos;help listing)</translation>
    </message>
</context>
<context>
    <name>ClassroomShare</name>
    <message>
        <source>Share with the class</source>
        <translation>Share with the class</translation>
    </message>
    <message>
        <source>Participants on the same Wi-Fi sync this directory from this computer: no internet, no account. Nothing about them is kept.</source>
        <translation>Participants on the same Wi-Fi sync this directory from this computer: no internet, no account. Nothing about them is kept.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port of the class server</source>
        <translation>Port of the class server</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>In Relais, participants open Settings and enter this server address, then sync:</source>
        <translation>In Relais, participants open Settings and enter this server address, then sync:</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Server address: %1</translation>
    </message>
    <message>
        <source>QR code of the server address</source>
        <translation>QR code of the server address</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) shared, as this computer shows them now. Stop sharing at the end of the class.</source>
        <translation>
            <numerusform>%n service shared, as this computer shows it now. Stop sharing at the end of the class.</numerusform>
            <numerusform>%n services shared, as this computer shows them now. Stop sharing at the end of the class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::app::ClassroomController</name>
    <message>
        <source>The class server did not start in time.</source>
        <translation>The class server did not start in time.</translation>
    </message>
    <message>
        <source>Sharing needs the Relais server program (relais-server), which is not installed on this computer. Install it with Relais, then share again.</source>
        <translation>Sharing needs the Relais server program (relais-server), which is not installed on this computer. Install it with Relais, then share again.</translation>
    </message>
    <message>
        <source>This computer is not on a network. Connect it to the classroom&apos;s Wi-Fi or network, then share again.</source>
        <translation>This computer is not on a network. Connect it to the classroom&apos;s Wi-Fi or network, then share again.</translation>
    </message>
    <message>
        <source>Could not prepare the shared copy: %1</source>
        <translation>Could not prepare the shared copy: %1</translation>
    </message>
    <message>
        <source>The class server answered something unexpected.</source>
        <translation>The class server answered something unexpected.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer. Close the program using it, or choose another port, then share again.</source>
        <translation>Port %1 is already in use on this computer. Close the program using it, or choose another port, then share again.</translation>
    </message>
    <message>
        <source>The class server did not start.</source>
        <translation>The class server did not start.</translation>
    </message>
    <message>
        <source>The class server did not start: %1</source>
        <translation>The class server did not start: %1</translation>
    </message>
    <message>
        <source>The class server stopped. Participants can no longer sync from this computer; share again to restart it.</source>
        <translation>The class server stopped. Participants can no longer sync from this computer; share again to restart it.</translation>
    </message>
    <message>
        <source>The class server could not be started: %1</source>
        <translation>The class server could not be started: %1</translation>
    </message>
</context>
</TS>
