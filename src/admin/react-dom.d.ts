// react-dom ships no types and @types/react-dom is not installed: the admin script only hands the module to Decap.
declare module 'react-dom';
