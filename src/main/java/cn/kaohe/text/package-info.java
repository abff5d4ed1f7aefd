/** Reading the files people hand us (charset detection, CSV rows with line numbers) and matching names as they type them. */
package cn.kaohe.text;
