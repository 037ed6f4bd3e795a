// IncidentLang lexer (docs/language.md, "Lexical rules").
//
// Every character of the input ends up in exactly one token, so the syntax
// layer can rebuild the text exactly. Whitespace, end-of-line and comments go
// to the HIDDEN channel (they become trivia); characters that start no token
// go to the ERRORS channel (they become skipped-token trivia with INC0001).
// Unterminated strings and block comments still lex as strings and comments;
// the syntax layer reports INC0002 for them.
lexer grammar IncidentLexer;

channels { ERRORS }

// ---- keywords (a keyword directly followed by ':' is a property name; the parser decides)
INCIDENT  : 'incident' ;
SOURCE    : 'source' ;
ACTOR     : 'actor' ;
TARGET    : 'target' ;
CLAIM     : 'claim' ;
STATEMENT : 'statement' ;
EVENT     : 'event' ;
PARTY          : 'party' ;
MALWARE        : 'malware' ;
TOOL           : 'tool' ;
VULNERABILITY  : 'vulnerability' ;
INDICATOR      : 'indicator' ;
RECOMMENDATION : 'recommendation' ;
REVISION       : 'revision' ;

// ---- punctuation
LBRACE   : '{' ;
RBRACE   : '}' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COLON    : ':' ;
COMMA    : ',' ;

// ---- literals
// Triple-quoted strings run to the next """ (or to the end of the file: INC0002).
TRIPLE_STRING : '"""' .*? ( '"""' | EOF ) ;
// One-line strings end at the closing quote, or (unterminated: INC0002) at the end of the line.
STRING        : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ( '"' | '\\' )? ;
// Anything that starts like a date is lexed whole and validated later (INC0006),
// so '2024-1-5' is one malformed date rather than a cascade of tokens.
DATE          : DIGIT+ '-' [0-9A-Za-z_:.+-]* ;
// Integers are 64-bit and may group digits with '_' (190_000_000); decimals are digits '.' digits.
INT           : DIGIT+ ( '_' DIGIT+ )* ;
DECIMAL       : DIGIT+ ( '_' DIGIT+ )* '.' DIGIT+ ;
// A '.' followed by digits may continue an identifier, so the ATT&CK sub-technique T1078.004 is one.
IDENT         : [A-Za-z_] [A-Za-z0-9_]* ( '-' [A-Za-z0-9_]+ | '.' DIGIT+ )* ;

// ---- trivia
WS            : [ \t\f\u000B\u00A0\uFEFF]+ -> channel(HIDDEN) ;
NEWLINE       : ( '\r\n' | '\r' | '\n' ) -> channel(HIDDEN) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? ( '*/' | EOF ) -> channel(HIDDEN) ;

// ---- anything else: INC0001
ERROR_CHAR    : . -> channel(ERRORS) ;

fragment DIGIT : [0-9] ;
